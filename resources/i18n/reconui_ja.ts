<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation>予期しないエラーが発生しました ({kind})。詳細はログ フォルダにあります: {folder}</translation>
    </message>
</context>
<context>
    <name>ApplianceMessages</name>
    <message>
        <source>Authentication required.</source>
        <translation>認証が必要です。</translation>
    </message>
    <message>
        <source>This method requires authentication.</source>
        <translation>このメソッドには認証が必要です。</translation>
    </message>
    <message>
        <source>Unable to find operations for URL: %s.</source>
        <translation>URL %s の操作が見つかりません。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>CA ファイル {path} が存在しません。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation>{path} はフォルダです。CA 証明書ファイルではありません。</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation>CA ファイル {path} を読み取れません ({reason})。</translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>{path} には PEM 形式の証明書 (-----BEGIN CERTIFICATE----- で始まるテキスト) が含まれていません。</translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation>{path} 内の証明書テキストが破損しているため、読み取れません。</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation>証明書が変更されました — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation>&lt;b&gt;{address} の証明書は、信頼した証明書と異なります。reconui は処理を停止し、何も送信していません。&lt;/b&gt;&lt;br&gt;攻撃の可能性も、正当な変更の可能性もあります。リストアや証明書の更新を行うと、アプライアンスの証明書は置き換えられます。信頼する前に、新しいフィンガープリントをアプライアンス上で直接確認してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation>&lt;b&gt;以前に信頼した証明書&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation>&lt;b&gt;現在提示されている証明書&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation>信頼した SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>提示された SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>新しいサブジェクト:</translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation>新しい発行者:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} ～ {end}</translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation>新しい有効期間:</translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation>変更が正当であることを確認した場合は、古いピン留めを解除して再度接続してください。新しい証明書が表示され、確認できます。</translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation>古いピン留めを解除(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation>古いピン留めを解除しますか?</translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation>{address} の信頼済みフィンガープリントを削除しますか? この操作では何も信頼されません。次回の接続時に、新しい証明書について確認を求められます。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation>リンク モード パートナーはありません: このノードはスタンドアロンです。</translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation>
            <numerusform>レプリケーション リンク %n 個、すべてのパートナーに到達可能です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation>リンク モード パートナー {partners} が応答しません。調整時に警告が出され、警告を無視しない限り失敗します。警告を無視すると、このノードでバックアップ後に行われた変更は失われます。</translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation>パートナーのステータスを取得できません: このアプライアンスはレプリケーション ステータスを提供していません (vSphere 6.7 Update 2 以降で提供されます)。</translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation>パートナーのステータスを取得できません: このユーザーにはレプリケーション ステータスの読み取り権限がありません (HTTP 403)。</translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation>パートナーのステータスを取得できません: {reason}</translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation>警告を無視すると、{partners} なしで調整が続行されます。このノードでバックアップ後に行われた変更は失われます。</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation>リストアはまだ実行中です ({progress}%)。完了を待ってから開始します。</translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation>リストアは正常に完了しました。調整を開始できます。</translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation>{name} の健全性: 緑。</translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation>{name} の健全性は黄色です: 正常ですが、いくつかの問題があります。vCenter を引き渡す前に、アプライアンス管理インターフェイス (ポート 5480、[監視]) で確認してください。</translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation>{name} の健全性はオレンジ色です: 機能が低下しており、重大な問題がある可能性があります。今すぐアプライアンス管理インターフェイス (ポート 5480、[監視]) で確認してください。</translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation>{name} の健全性は赤です: 使用できないか、まもなく動作を停止します。この vCenter を誰かが使用する前に修正してください (アプライアンス管理インターフェイス、ポート 5480)。</translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation>{name} の健全性はグレーです: 健全性データはまだありません。</translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation>{name} の健全性をチェックできませんでした: {minutes} 分経過しても健全性データがありません。</translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation>{name} の健全性は {level} です。reconui が認識できないレベルです。アプライアンス上で確認してください。</translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation>サービス {service}: STARTED、HEALTHY。</translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation>サービス {service} は自動起動に設定されていますが、{state} です。サービスを起動してください (vSphere Client: [管理] &gt; [システム構成] &gt; [サービス]、またはアプライアンス上で service-control --start {service})。</translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation>サービス {service} はまだ {state} です。</translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation>サービス {service} は {minutes} 分経過しても {state} のままです。アプライアンス上で確認し (service-control --status {service})、起動しない場合は起動してください。</translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation>サービス {service} は DEGRADED で実行されています。健全性メッセージを読み、アプライアンス上でログを確認してから、サービスを再起動してください (service-control --restart {service})。</translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation>サービス {service} は HEALTHY_WITH_WARNINGS で実行されています。vCenter を引き渡す前に健全性メッセージを確認してください。</translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation>サービス {service} は STARTED ですが、健全性は {health} で、reconui が認識できない値です。</translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation>{name} はチェックされませんでした: このアプライアンスでは提供されていません (HTTP 404)。</translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation>{name} はまだ応答しません: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation>{name} をチェックできませんでした: {reason}</translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation>正常: 全体の健全性は緑、すべてのサブシステムが緑、すべての自動起動サービスが STARTED かつ HEALTHY です。</translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation>このアプライアンスで判断できる範囲では正常です: 提供されている項目はすべて緑で起動済みです ({missing} は提供されていません)。</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation>
            <numerusform>要注意: 調整後に %n 件の問題があります。次の対処方法とともに一覧表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation>チェックできませんでした: {reason}</translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation>このアプライアンスは健全性エンドポイントを 1 つも提供していません (HTTP 404)。</translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation>健全性が安定する前にチェックが停止されました。</translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation>起動中: {names}。遅くとも {time} まで再チェックを続けます。</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>1. Appliance</source>
        <translation>1. アプライアンス</translation>
    </message>
    <message>
        <source>vcsa.example.com or 10.0.0.5</source>
        <translation>vcsa.example.com または 10.0.0.5</translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation>アプライアンスのホスト名またはアドレス</translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation>vCenter Server Appliance のホスト名または IP アドレス。最近使用したホストが一覧に表示されます。</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>ホスト(&amp;O):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation>443 は vSphere API です。アプライアンス管理ポート 5480 を使用する管理者もいます。このポートでもジョブを監視できます。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation>自動 (/api を優先)</translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation>/api (vSphere 7.0 U2 以降)</translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation>/rest (6.5 以降、非推奨)</translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation>API の種類</translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation>「自動」ではログイン時に種類を検出します。検出結果が誤っている場合は種類を指定してください。</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A):</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>システムのプロキシ設定</translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation>プロキシなし (直接接続)</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>次のプロキシ:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>プロキシ URL</translation>
    </message>
    <message>
        <source>Prox&amp;y URL:</source>
        <translation>プロキシ URL(&amp;Y):</translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation>オプション (例: アプライアンスの VMCA ルート証明書 (.pem))</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation>このコンピュータの信頼ストアに加えて信頼する CA 証明書を含む PEM ファイル。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>CA 証明書ファイルを参照</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation>内蔵シミュレータを試す</translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation>このコンピュータ上でシミュレートされたアプライアンスを起動します。実際のアプライアンスに触れる前に、調整の実行がどのように見えるかを確認できます。</translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation>アプライアンスのホスト名またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation>ホストが無効です: {reason}。</translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation>プロキシ URL を入力するか、別のプロキシ設定を選択してください。</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation>プロキシは http://host:port の形式で入力してください (例: http://proxy.example.com:3128) ({reason})。</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation>1 ～ 65535 のポートを入力してください (vSphere API は 443)。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation>2. 認証情報</translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation>vCenter ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>vCenter ユーザー</translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation>アプライアンス API にログインするユーザー (例: administrator@vsphere.local)。</translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation>vCenter パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation>vCenter パスワード</translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation>SSO 管理者(&amp;S):</translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation>SSO 管理者ユーザー</translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation>調整ジョブに必要な vCenter Single Sign-On 管理者。</translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation>SSO パスワード(&amp;D):</translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation>SSO 管理者のパスワード</translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation>警告を無視(&amp;N)</translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation>拡張リンク モード: レプリケーション パートナーに到達できない場合でもジョブは続行され、バックアップ後に行われた変更は失われます。</translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation>保存 (キーリングを確認中…)</translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation>reconui は安全なパスワード ストアが使用可能かどうかを確認しています。</translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation>{backend} に保存</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>システムのキーリングに保存</translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation>保存 (キーリング {backend} はロックされています)</translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation>保存 (安全なキーリングがありません)</translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation>パスワード ストア ({backend}) はロックされています。パスワードを保存するには、ロックを解除して reconui を再起動してください。それまでは、パスワードはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation>パスワードを保存できません: 安全なパスワード ストアがありません。パスワードはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation>vCenter パスワードを保存: {state}</translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation>SSO パスワードを保存: {state}</translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation>vCenter ユーザーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation>vCenter パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation>SSO 管理者ユーザーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation>SSO 管理者のパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <translation>{address} で調整ジョブを開始しますか?</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO 管理者: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation>警告を無視: はい — 拡張リンク モード パートナーに到達できない場合、バックアップ後に行われた変更は失われます。</translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation>警告を無視: いいえ — 検証の警告が発生するとジョブは停止します。</translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation>このアプライアンスでは調整ジョブがすでに実行されています。新しいジョブを開始すると、調整が最初からやり直されます。</translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation>ジョブは開始後にキャンセルできません。</translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation>ジョブの監視を停止しますか?</translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation>reconui を閉じると、調整ジョブの監視が停止します。</translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation>reconui を終了すると、調整ジョブの監視が停止します。</translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation>切断すると、調整ジョブの監視が停止します。</translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation>調整ジョブの監視を停止しますか?</translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation>ジョブ自体はキャンセルできず、アプライアンス上で続行されます。再度表示するには、同じアプライアンスに接続して「実行中のジョブにアタッチ」を選択してください。reconui-cli status でも同じことができます。</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>このまま閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>このまま終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation>このまま切断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation>監視を停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>監視を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation>調整を開始しますか?</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>再度開始(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML レポート (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON レポート (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <translation>アプライアンスがユーザー名とパスワードを受け付けなかったか、セッションの有効期限が切れています。</translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation>アプライアンスがユーザー名とパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation>このユーザーにはこの操作の権限がありません。アプライアンスの操作には、SystemConfiguration.Administrators グループの SSO ユーザーが必要です。</translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation>アプライアンスにそのようなオブジェクトはありません (調整ジョブの場合: ジョブが開始されていません)。</translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation>アプライアンスはビジー状態です: バックアップ、リストア、または調整がすでに実行中です。</translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation>アプライアンスでは現在この操作を実行できません。調整は、リストアが正常に完了した後にのみ開始できます。</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation>リストアはまだ実行中です ({progress}%)。調整は、リストアが正常に完了してからでないと開始できません。完了まで待機してください (reconui-cli: --wait-for-restore)。</translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation>リストア ジョブが FAILED になったため、調整を開始できません。リストアのメッセージを読み、原因を修正してから再度リストアしてください (アプライアンス管理インターフェイス、ポート 5480)。</translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation>アプライアンスが要求を拒否しました。SSO 管理者のユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation>アプライアンスのサービスは現在使用できません (HTTP {status})。</translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation>アプライアンスがエラーを報告しました (HTTP {status})。</translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation>名前 {host} を解決できませんでした。ホスト名と DNS 設定を確認してください。</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation>{host} がポート {port} での接続を拒否しました。アプライアンスは起動していますか? ポートは正しいですか?</translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation>{host} への接続が予期せず切断されました。</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} から {seconds} 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation>{host} へのセキュアな (TLS) 接続を確立できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation>プロキシ {proxy} を使用して {host} に到達できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation>{host} に接続できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation>アプライアンスから使用できない応答が返されました ({reason})。</translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation>アプライアンスの応答が想定された形式ではありませんでした: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation>{host} の証明書は、このコンピュータが信頼する認証局によって署名されていません。信頼する前に、SHA-256 フィンガープリント {sha256} をアプライアンスの管理者に確認してください。</translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation>{host} の証明書は信頼された認証局によって署名されていますが、入力したアドレスではなく、別の名前 ({names}) に対して発行されています。</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation>{host} の証明書は、認証局が信頼されている場合でも、現在は有効ではありません (有効期限 {not_after})。このコンピュータの時計とアプライアンスの証明書を確認してください。</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation>{host} の証明書は、信頼した後に変更されています (以前 {pinned}、現在 {sha256})。何も送信されていません。リストアによって証明書が正当に置き換えられる場合があります。再度信頼する前に、新しいフィンガープリントを確認してください。</translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation>信頼済み証明書のフィンガープリント ファイル {path} を使用できません ({reason})。何も送信されていません。ファイルを修正または削除してから、再度接続してください。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not be used.</source>
        <translation>パスワード ストア ({store}) を使用できませんでした。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not read the password.</source>
        <translation>パスワード ストア ({store}) からパスワードを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not save the password.</source>
        <translation>パスワード ストア ({store}) にパスワードを保存できませんでした。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not delete the password.</source>
        <translation>パスワード ストア ({store}) からパスワードを削除できませんでした。</translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation>パスワード ストア ({store}) はロックされています。パスワードを保存または読み取るには、ロックを解除してください。</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation>このコンピュータでは安全なパスワード ストアを使用できません (例: ヘッドレス セッションや SSH セッションで Secret Service がない場合)。パスワードはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation>使用可能な唯一のパスワード ストア ({store}) は、実質的な保護なしでパスワードをディスク上のファイルに保存します。reconui はこれを使用しません。パスワードはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation>アプライアンスから使用可能な応答が {minutes} 分間なかったため、待機を停止しました。</translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation>サーバ アドレス {value} が無効です: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation>5. 調整後の健全性</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>健全性の検出結果</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>チェック対象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation>内容と対処方法</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>チェックを停止</translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation>サービスの起動中に再チェックを停止します。ジョブの結果は変わりません。健全性は「チェックされていません」と報告されます。</translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation>健全性: 未チェック</translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation>アプライアンスの健全性は、ジョブが SUCCEEDED になった後にチェックされます。</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>チェック中</translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation>健全性: チェック中</translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation>調整後のサービスがまだ安定していません。再度チェックしています。</translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation>アプライアンスの健全性をチェックしています…</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>チェックされていません</translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation>健全性: {verdict}</translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation>問題なし ({count}): {names}</translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation>健全性: {text}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation>履歴 — reconui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>アプライアンス</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>過去の実行</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>レポートを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation>{outcome} (シミュレーション)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation>
            <numerusform>レポート フォルダ内の実行: %n 件 (新しい順)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <translation>4. 調整ジョブ</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>次に行うこと</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>Translators: the progress bar&apos;s text; %p is the percentage (Qt fills it in)</extracomment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>ジョブの進行状況</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>経過時間:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation>メッセージをフィルタ (テキストまたは ID)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>メッセージをフィルタ</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>監視を停止(&amp;M)</translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation>監視を停止します。ジョブ自体はキャンセルできず、アプライアンス上で続行されます。結果を確認するには、後で再度接続してください。</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>レポートを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation>サマリーをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログ フォルダを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>再度開始(&amp;G)…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>時刻 ({zone})</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>未開始</translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation>監視中のジョブはありません。</translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation>次に行うこと: {step}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation>調整ジョブがアプライアンスで実行中ですが、まだ監視されていません。追跡するには「実行中のジョブにアタッチ」を使用してください。</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation>このアプライアンスでの前回の調整ジョブは成功しました (終了 {end})。</translation>
    </message>
    <message>
        <source>FAILED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation>このアプライアンスでの前回の調整ジョブは失敗しました (終了 {end})。</translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation>アプライアンスから、状態が {status} のジョブが報告されています。</translation>
    </message>
    <message>
        <source>STARTING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>開始中</translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation>アタッチ中</translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation>ジョブの開始をアプライアンスに要求しています…</translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation>実行中のジョブにアタッチしています…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation>ジョブを開始しました。</translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation>すでに実行中だったジョブを監視しています。</translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation>実行中 — 最後の変更を検出した時刻: {time}。</translation>
    </message>
    <message>
        <source>WAITING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>待機中</translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation>アドレスは応答していますが、アプライアンスの API としての応答ではありません (プロキシまたはネットワークが代わりに応答している可能性があります): {reason}</translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation>アプライアンスのサービスを再起動中: {reason}</translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation>アプライアンスのアドレスから、アプライアンス以外のものが応答しています (プロキシまたはネットワーク?) — 待機中 ({time} まで)。</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation>アプライアンスのサービスを再起動中 — 待機中 ({time} まで)。これは調整中に想定される動作です。</translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation>
            <numerusform>{waited} 待機、試行 %n 回。{time} まで試行を続けます。</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation>{time}: サービスの再起動から {seconds} 秒後に、アプライアンスが再び応答しました。</translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation>{time}: セッションの有効期限が切れていたため、再ログインして監視を続けました。</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>監視なし</translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation>監視を停止しました。調整ジョブはアプライアンス上で続行されます。結果を確認するには後で再度接続するか、接続中に「実行中のジョブにアタッチ」を使用してください。</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>{time} 以前</translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation>調整は正常に完了しました。</translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation>調整に失敗しました。アプライアンスのエラーを下に表示します。</translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation>アプライアンスから詳細情報はありませんでした。</translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation>レポートを自動保存しました: {links}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>保存先: {folder}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Passwords are remembered in {name}.</source>
        <translation>パスワードは {name} に保存されます。</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>キーリングを開けませんでした。</translation>
    </message>
    <message>
        <source>{sentence} ({kind})</source>
        <extracomment>Translators: {sentence} is a whole sentence about the keyring, {kind} a Python exception name.</extracomment>
        <translation>{sentence} ({kind})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The certificate of {address} has changed since you trusted it. Nothing was sent; the dialog shows both fingerprints.</source>
        <translation>{address} の証明書は、信頼した後に変更されています。何も送信されていません。ダイアログに両方のフィンガープリントが表示されます。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>証明書を確認しています…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログインしています…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation>信頼された認証局によって検証された証明書 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation>このセッションで信頼された証明書 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation>ピン留めされた証明書 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation>{address} の証明書を確認しています…</translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation>{address} にログインしています…</translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation>未接続: {address} の証明書は信頼されませんでした。何も送信されていません。</translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation>ピン留めを保存できませんでした。証明書はこのセッションでのみ信頼されます。</translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation>証明書の名前 {name} で接続しています…</translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation>停止しました: {address} の証明書が変更されています。何も送信されていません。</translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation>古いピン留めを解除できませんでした。</translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation>{address} の古いピン留めを解除しました。新しい証明書を確認するには、再度接続してください。</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation>内蔵シミュレータを起動できませんでした。</translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation>シミュレーション — reconui の内蔵アプライアンス シミュレータが {address} で動作しています (シナリオ「{scenario}」)。実際の vCenter には一切影響しません。</translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation>保存されたパスワードを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation>パスワードをキーリングに保存できませんでした。パスワードはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation>証明書を確認し、ログインしてアプライアンスの状態を確認します。まだ何も開始されません。</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>切断(&amp;C)</translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation>{address} に接続済み · /{flavor}</translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation>ジョブは SUCCEEDED になりましたが、アプライアンスはまだ正常ではありません。「調整後の健全性」を参照してください。</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation>アプライアンスのサービスを再起動中 — 待機中 ({time} まで)…</translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation>アプライアンスを待機中</translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation>アプライアンスが再び応答しました ({seconds} 秒後)。</translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation>セッションの有効期限が切れていたため、再ログインしました。</translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation>調整に成功しました — {host}</translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation>調整ジョブは正常に完了しました。</translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation>調整に失敗しました — {host}</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>ジョブは失敗しました。</translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation>reconui で操作が必要です — {host}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation>予期しない問題が発生しました。詳細はログ ファイルにあります ([ヘルプ] → [ログ フォルダを開く])。</translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation>内部エラーのため監視が終了しました。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation>最新のレポートを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>サマリーをコピー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>信頼済み証明書(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation>レポート フォルダを開く(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation>内蔵シミュレータを試す(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログ フォルダを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation>reconui について(&amp;A)</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>レポート: {path}</translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation>レポートはまだありません。実行のたびに {path} にレポートが書き込まれます。</translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation>reconui {version} — 調整のサマリー</translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation>アプライアンス: {address}</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>バージョン: {version}</translation>
    </message>
    <message>
        <source>API: /{flavor}</source>
        <translation>API: /{flavor}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation>証明書の SHA-256: {sha}</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO 管理者: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: yes</source>
        <translation>警告を無視: はい</translation>
    </message>
    <message>
        <source>Ignore warnings: no</source>
        <translation>警告を無視: いいえ</translation>
    </message>
    <message>
        <source>Result: {status}</source>
        <translation>結果: {status}</translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation>進行状況: {percent}%</translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation>開始: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>終了: {time}</translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation>次の対処: {step}</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>サマリーをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>レポートを保存できませんでした。</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>レポートを {path} に保存しました</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>ログ フォルダ</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>レポート フォルダ</translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation>{what} {path} を作成できませんでした。</translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation>{what}: {path} (ファイル マネージャが開かない場合は、手動で開いてください)</translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation>ファイル マネージャを開けませんでした。{what}: {path}</translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation>reconui について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;vCenter Server Appliance のリストア後の調整ジョブを実行し、監視します。&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;ログ: {logs}&lt;br&gt;レポート: {reports}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{address} · /{flavor} · {user} · {trust}</source>
        <translation>{address} · /{flavor} · {user} · {trust}</translation>
    </message>
    <message>
        <source>SIMULATION · {summary}</source>
        <translation>シミュレーション · {summary}</translation>
    </message>
    <message>
        <source>{status} {percent} %</source>
        <translation>{status} {percent}%</translation>
    </message>
    <message>
        <source>{state} — {host} — reconui</source>
        <translation>{state} — {host} — reconui</translation>
    </message>
    <message>
        <source>{host} — reconui</source>
        <translation>{host} — reconui</translation>
    </message>
    <message>
        <source>reconui — vCenter reconciliation</source>
        <translation>reconui — vCenter の調整</translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation>[シミュレーション] {title}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定値</translation>
    </message>
</context>
<context>
    <name>MessagesTable</name>
    <message>
        <source>Seen</source>
        <translation>検出時刻</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>メッセージ ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation>ジョブのメッセージ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>すべてコピー</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <translation>vCenter のユーザー名を確認してパスワードを再入力し、再度接続してください。</translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation>SystemConfiguration.Administrators グループの SSO ユーザー (例: administrator@vsphere.local) でログインしてください。</translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation>監視対象はまだありません。再度接続して、事前チェックから調整を開始してください。</translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation>実行中のバックアップ、リストア、または調整が完了するまで待機してから (ポート 5480 のアプライアンス管理インターフェイスを参照)、再チェックしてください。</translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation>リストア ジョブが SUCCEEDED を報告するまでリストアを繰り返してから、調整を開始してください。</translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation>リストアが完了するまで待機してから (または --wait-for-restore を使用)、調整を開始してください。</translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation>リストアのメッセージを読み、原因を修正してリストアをやり直してください。調整はその後に行います。</translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation>SSO 管理者のユーザー名とパスワードを再入力してから、再度開始してください。</translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation>アプライアンスのサービスが起動するまで数分待ってから、再チェックしてください。</translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation>アプライアンス管理インターフェイス (ポート 5480) とそのログを確認してから、再チェックしてください。</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation>ホスト名のスペルを確認するか、IP アドレスまたは完全修飾名で接続してください。</translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation>アプライアンスの電源がオンになっていること、およびポートが 443 (またはアプライアンスが使用するポート) であることを確認してください。</translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation>1 分後に再チェックしてください。繰り返し発生する場合は、このコンピュータとアプライアンスの間にあるファイアウォールとプロキシを確認してください。</translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation>このコンピュータからアプライアンスのポート 443 に応答があることを確認してください (ファイアウォール、VPN、プロキシ)。</translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation>アドレスが別のサービスやプロキシではなく、アプライアンス自体を指していることを確認してください。</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate that issued the appliance&apos;s certificate (the appliance offers its VMCA root certificates under /certs/download.zip), or leave the CA file empty.</source>
        <translation>アプライアンスの証明書を発行した CA 証明書を含む PEM ファイルを選択するか (アプライアンスは VMCA ルート証明書を /certs/download.zip で提供しています)、CA ファイルを空のままにしてください。</translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation>プロキシ アドレスを確認するか、アプライアンスに直接到達できる場合は「プロキシなし」を選択してください。</translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation>アドレスとアプライアンスまでのネットワーク経路を確認してから、再度接続してください。</translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation>アプライアンスの代わりにプロキシが応答していないか確認してください (「プロキシなし」を試してください)。サービスの再起動中の場合は、待ってから再チェックしてください。</translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation>もう一方の API の種類 (/api または /rest) を指定して再度接続してください。繰り返し発生する場合は、レポートを保存してください。</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation>信頼する前に、SHA-256 フィンガープリントを、アプライアンスのコンソールまたはポート 5480 に表示されるものと比較するか、この証明書に署名した CA ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation>次のいずれかの名前を使用して接続してください: {names}。</translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation>アプライアンスの証明書を更新してください (またはこのコンピュータの時計を修正してください)。今回の実行に限って信頼する場合は、必ずフィンガープリントを確認してください。</translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation>アプライアンスをリストアした担当者に、証明書が置き換えられたかどうかを確認してください。確認できた場合にのみ、古いピン留めを解除して新しいフィンガープリントを信頼してください。</translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation>ピン留めファイルの権限を修正するか、ファイルを別の場所に移動してから、再度接続してください。</translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation>ひとまず「保存」のチェックを外すか (パスワードはこのセッションの間だけ保持されます)、キーリングを修正してから再試行してください。</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation>キーリングのロックを解除してから (デスクトップ セッションのウォレットにログイン)、再試行してください。</translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation>毎回パスワードを入力するか、キーリング サービスをインストールしてロックを解除してください。</translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation>毎回パスワードを入力してください。reconui は暗号化されていないキーリングにパスワードを保存しません。</translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation>再度接続してアタッチしてください。ジョブはアプライアンス上で続行されています。アプライアンスが応答しない場合は、ポート 5480 で確認してください。</translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation>アドレス (ホスト名または IP、ポート 1 ～ 65535) を修正して、再度接続してください。</translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation>拡張リンク モード パートナーの名前が解決され、443 で応答することを確認してから、リストアをやり直し、再度調整を開始してください。</translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation>リンク モード パートナーに到達できるようにしてから再度開始してください。または「警告を無視」をオンにして再度開始してください。その場合、このノードでバックアップ後に行われた変更は失われます。</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: how a run ended, in capitals like the appliance&apos;s job states (History, summary)</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>監視なし</translation>
    </message>
    <message>
        <source>NO JOB</source>
        <translation>ジョブなし</translation>
    </message>
    <message>
        <source>LAST JOB FINISHED</source>
        <translation>前回のジョブは終了済み</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation>リンク モード パートナー</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>レプリケーション中</translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation>変更の遅延</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (先に接続してください)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Translators: a table cell: the partner status could not be read</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Translators: a table cell answering “Reachable?” (yes, or a warning that it is not)
----------
Translators: a table cell answering “Replicating?”</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>✖ NO</source>
        <translation>✖ いいえ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>{field}を表示</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>パスワードを非表示</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation>3. 事前チェック</translation>
    </message>
    <message>
        <source>Appliance:</source>
        <translation>アプライアンス:</translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation>使用中の API:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>リストア:</translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation>リンク モード:</translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation>調整ジョブ:</translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation>調整を開始(&amp;T)…</translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation>実行中のジョブにアタッチ(&amp;T)</translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation>アプライアンスですでに実行中のジョブを監視します。</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>再度開始(&amp;G)…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>再チェック(&amp;K)</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (先に接続してください)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation>不明 (アプライアンスから情報がありません)</translation>
    </message>
    <message>
        <source>vCenter Server Appliance</source>
        <translation>vCenter Server Appliance</translation>
    </message>
    <message>
        <source>{product} {version}, build {build}</source>
        <translation>{product} {version}、ビルド {build}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation>✔ SUCCEEDED — 調整を開始できます</translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation>✖ FAILED — {sentence}</translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation>⚠ {state} — アプライアンスでは、リストアが成功した後にのみ調整を実行できます</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation>⟳ INPROGRESS ({percent}%) — 監視を停止しました。「再チェック」で再度確認できます</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation>⟳ INPROGRESS ({percent}%) — 監視中です。SUCCEEDED になると調整を開始できます</translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation>なし — 開始できます</translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation>なし — リストアを待機中</translation>
    </message>
    <message>
        <source>None — a successful restore comes first</source>
        <translation>なし — 先にリストアが成功する必要があります</translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation>⟳ RUNNING — 下で監視中</translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation>⟳ RUNNING ({percent}%)、開始 {start} — アタッチして監視してください</translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation>{mark} 前回の実行: {status}、終了 {end}</translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation>{status} ({percent}%)</translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation>リストアが正常に完了していないため、アプライアンスは調整の開始を拒否します。リストアを完了してから「再チェック」を使用してください。</translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation>調整ジョブはすでに実行されていますが、新しい調整ジョブを開始します。</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>セッション トークン</translation>
    </message>
    <message>
        <source>health level</source>
        <translation>健全性レベル</translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation>{where} はオブジェクトである必要がありますが、{type} でした</translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation>{where} は配列である必要がありますが、{type} でした</translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation>{where} は文字列である必要がありますが、{type} でした</translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation>{where} は整数である必要がありますが、{type} でした</translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation>{where} は数値である必要がありますが、{type} でした</translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation>{where} はブール値である必要がありますが、{type} でした</translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation>{where} はオブジェクトまたはキー/値の配列である必要がありますが、{type} でした</translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation>{where} は RFC 3339 形式の日時文字列である必要がありますが、{type} でした</translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation>{where} が 64 ビット整数の範囲外です</translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation>{where} が倍精度浮動小数点数の範囲を超えています</translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation>{where} は有限の数値である必要があります</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>{where} がありません</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} が空です</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation>{where} は RFC 3339 形式の日時ではありません</translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation>{where} の UTC オフセットが無効です</translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation>{where} は有効な日時ではありません</translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation>{where} に文字列以外のキーがあります</translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation>{where} の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation>{where} を読み取れませんでした ({kind})</translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation>{where} の長さは {length} 文字です (最大 {limit} 文字まで使用できます)</translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation>{where} が空か、HTTP ヘッダーで使用できない文字が含まれています</translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation>{where} がありません (/rest の “value” エンベロープが必要です)</translation>
    </message>
    <message>
        <source>the brackets around the IPv6 address are unbalanced</source>
        <translation>IPv6 アドレスを囲む角かっこの対応が取れていません</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>角かっこで囲めるのは IPv6 アドレスだけです</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>スペースまたは制御文字が含まれています</translation>
    </message>
    <message>
        <source>it contains &apos;%&apos; (percent-encoding or an IPv6 zone index is not supported)</source>
        <translation>&apos;%&apos; が含まれています (パーセント エンコーディングと IPv6 ゾーン インデックスはサポートされていません)</translation>
    </message>
    <message>
        <source>it contains a user name or password; give the user separately</source>
        <translation>ユーザー名またはパスワードが含まれています。ユーザーは別に指定してください</translation>
    </message>
    <message>
        <source>enter only the host name or address, without https://, a path or a port</source>
        <translation>https://、パス、ポートを付けずに、ホスト名またはアドレスだけを入力してください</translation>
    </message>
    <message>
        <source>it is neither a host name nor an IPv6 address</source>
        <translation>ホスト名でも IPv6 アドレスでもありません</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>ドットの間に空の部分があります</translation>
    </message>
    <message>
        <source>a part of a host name cannot begin or end with &apos;-&apos;</source>
        <translation>ホスト名の各部分は &apos;-&apos; で始めたり終えたりできません</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>ホスト名に使用できるのは英字、数字、&apos;-&apos;、&apos;.&apos; だけです</translation>
    </message>
    <message>
        <source>the proxy URL must not have a path, query or fragment (expected http://host:port)</source>
        <translation>プロキシ URL にはパス、クエリ、フラグメントを含めません (http://host:port の形式が必要です)</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>有効な IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>ポートは 1 ～ 65535 の数値である必要があります</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>サポートされているのは https:// のアドレスだけです</translation>
    </message>
    <message>
        <source>it contains a user name or password; enter the user name in its own field (--user)</source>
        <translation>ユーザー名またはパスワードが含まれています。ユーザー名は専用のフィールド (--user) に入力してください</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing bracket</source>
        <translation>IPv6 アドレスの閉じ角かっこがありません</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>IPv6 アドレスの後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>no proxy address was given</source>
        <translation>プロキシ アドレスが指定されていません</translation>
    </message>
    <message>
        <source>an IPv6 proxy address goes in brackets: http://[::1]:3128</source>
        <translation>IPv6 のプロキシ アドレスは角かっこで囲みます: http://[::1]:3128</translation>
    </message>
    <message>
        <source>a host name has at most {limit} characters</source>
        <translation>ホスト名は最大 {limit} 文字です</translation>
    </message>
    <message>
        <source>each part of a host name has at most {limit} characters</source>
        <translation>ホスト名の各部分は最大 {limit} 文字です</translation>
    </message>
    <message>
        <source>{scheme}:// proxies are not supported, only http://host:port</source>
        <translation>{scheme}:// プロキシはサポートされていません。http://host:port のみ使用できます</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>Content-Type がありません</translation>
    </message>
    <message>
        <source>truncated or malformed HTTP answer: {cause}</source>
        <translation>HTTP 応答が途中で切れているか、形式が正しくありません: {cause}</translation>
    </message>
    <message>
        <source>HTTP {status}, JSON nested too deeply</source>
        <translation>HTTP {status}、JSON の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>HTTP {status}, empty body</source>
        <translation>HTTP {status}、本文が空です</translation>
    </message>
    <message>
        <source>HTTP {status}, truncated or malformed JSON</source>
        <translation>HTTP {status}、JSON が途中で切れているか、形式が正しくありません</translation>
    </message>
    <message>
        <source>HTTP {status}, {kind} instead of JSON</source>
        <translation>HTTP {status}、JSON ではなく {kind} です</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP {status})</source>
        <translation>予期しないリダイレクト (HTTP {status})</translation>
    </message>
    <message>
        <source>HTTP {status}, an answer larger than {megabytes} MB</source>
        <translation>HTTP {status}、応答が {megabytes} MB を超えています</translation>
    </message>
    <message>
        <source>the API flavour must be auto, api or rest</source>
        <translation>API の種類は auto、api、rest のいずれかである必要があります</translation>
    </message>
    <message>
        <source>the CA file {path} cannot be used ({why})</source>
        <translation>CA ファイル {path} を使用できません ({why})</translation>
    </message>
    <message>
        <source>the proxy address is not a valid URL ({why})</source>
        <translation>プロキシ アドレスが有効な URL ではありません ({why})</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>サーバが証明書を提示しませんでした</translation>
    </message>
    <message>
        <source>the certificate&apos;s fingerprint has changed</source>
        <translation>証明書のフィンガープリントが変更されています</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>サーバの証明書を読み取れません</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation>リストア %p%</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>リストアの進行状況</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>監視を停止</translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation>リストアの監視を停止します。リストアはアプライアンス上で続行されます。再度確認するには「再チェック」を使用してください。</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>リストアのメッセージ</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation>ジョブのステータス: {status}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <translation>この証明書は有効期限が切れています。</translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>この証明書はまだ有効ではありません (このコンピュータの時計を確認してください)。</translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <translation>別の名前に対して発行された証明書 — {address}</translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation>不明な証明書 — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation>&lt;b&gt;{address} の証明書は、このコンピュータが信頼する認証局によって署名されていますが、別の名前に対して発行されています。&lt;/b&gt;&lt;br&gt;まだ何も送信されていません。次のいずれかの名前を使用して接続してください:</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>{name} に接続</translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation>これらの名前をいずれもこのコンピュータから解決できない場合は、フィンガープリントを確認したうえで、この証明書そのものをピン留めすることもできます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation>&lt;b&gt;{address} から、このコンピュータが信頼していない証明書が提示されました。&lt;/b&gt;&lt;br&gt;まだ何も送信されていません。信頼する前に、下の SHA-256 フィンガープリントを、アプライアンスに表示されるもの (例: vSphere Client の&lt;i&gt;証明書の管理&lt;/i&gt;、またはアプライアンス コンソール) と比較してください。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>フィンガープリントをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>別名:</translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation>{issuer}  (自己署名)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} ～ {end}</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation>SHA-1 (古い画面用):</translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation>このままピン留め (今回のみ)(&amp;O)</translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation>このままピン留めして記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>今回のみ信頼(&amp;O)</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>信頼して記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation>reconui を閉じるまでこの証明書を受け入れます。</translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation>この証明書を今回および今後の {address} への接続で受け入れます。</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation>信頼済み証明書 — reconui</translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation>信頼して記憶することを選択した証明書 (アドレス別)。ピン留めは {path} に保存されています。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>信頼済み証明書</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation>{address} のピン留めを解除しました。次回の接続時に再度確認を求められます。</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>{path} を読み取れませんでした ({reason})。</translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation>{path} は「host:port sha256」形式の行のリストではありません ({reason})。何もインポートされていません。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation>
            <numerusform>信頼済み証明書を %n 個インポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation>リストを {path} に書き込めませんでした ({reason})。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation>
            <numerusform>信頼済み証明書を %n 個 {path} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation>{address} の信頼済み証明書を削除しますか? 次回の接続時に証明書が再度表示され、確認を求められます。</translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation>ピン留めを解除しますか?</translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation>信頼済み証明書のインポート</translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation>ピン留めリスト (*.txt *.pins);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation>信頼済み証明書のエクスポート</translation>
    </message>
</context>
</TS>
