<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>關閉此訊息</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation>發生未預期的錯誤 ({kind})。詳細資料位於記錄資料夾中: {folder}</translation>
    </message>
</context>
<context>
    <name>ApplianceMessages</name>
    <message>
        <source>Authentication required.</source>
        <translation>需要驗證。</translation>
    </message>
    <message>
        <source>This method requires authentication.</source>
        <translation>此方法需要驗證。</translation>
    </message>
    <message>
        <source>Unable to find operations for URL: %s.</source>
        <translation>找不到 URL %s 的作業。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>找不到。</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>CA 檔案 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation>{path} 是資料夾，不是 CA 憑證檔案。</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation>無法讀取 CA 檔案 {path} ({reason})。</translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>{path} 中沒有 PEM 格式的憑證 (以 -----BEGIN CERTIFICATE----- 開頭的文字)。</translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation>{path} 中的憑證文字已損毀，無法讀取。</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation>憑證已變更 — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation>&lt;b&gt;{address} 的憑證不是您信任的憑證。reconui 已停止，未傳送任何內容。&lt;/b&gt;&lt;br&gt;這可能是攻擊，也可能是合法的變更: 還原或憑證更新會取代應用裝置憑證。信任之前，請在應用裝置本身上驗證新的指紋。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation>&lt;b&gt;之前信任的憑證&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation>&lt;b&gt;目前提供的憑證&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation>已信任的 SHA-256 指紋</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>目前提供的 SHA-256 指紋</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>新主體:</translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation>新簽發者:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation>新有效期間:</translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation>若已確認變更合法，請移除舊的憑證釘選並重新連線: 隨後將顯示新憑證供您檢查。</translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation>忘記舊的憑證釘選(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation>要忘記舊的憑證釘選嗎?</translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation>要移除 {address} 的已信任指紋嗎? 此步驟不會信任任何憑證: 下次連線時將詢問您是否信任新憑證。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation>沒有連結模式夥伴: 此節點為獨立節點。</translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation>
            <numerusform>%n 個複寫連結，所有夥伴均可連線。</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation>連結模式夥伴 {partners} 沒有回應。協調會對此發出警告，除非忽略警告，否則協調將會失敗；若忽略警告，此節點上在備份之後所做的變更將會遺失。</translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation>夥伴狀態無法使用: 此應用裝置不提供複寫狀態 (自 vSphere 6.7 Update 2 起提供)。</translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation>夥伴狀態無法使用: 該使用者無權讀取複寫狀態 (HTTP 403)。</translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation>夥伴狀態無法使用: {reason}</translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation>忽略警告會讓協調在沒有 {partners} 的情況下繼續: 此節點上在備份之後所做的變更將會遺失。</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation>還原仍在進行 ({progress}%)；正在等待其完成後再啟動。</translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation>還原已成功完成；可以開始協調。</translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation>{name} 的健全狀況: 綠色。</translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation>{name} 的健全狀況為黃色: 良好，但有一些問題。在交還 vCenter 之前，請在應用裝置管理介面 (連接埠 5480，「監控」) 中查看。</translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation>{name} 的健全狀況為橙色: 已降級，可能有嚴重問題。請立即在應用裝置管理介面 (連接埠 5480，「監控」) 中檢查。</translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation>{name} 的健全狀況為紅色: 無法使用或即將停止運作。請在任何人使用此 vCenter 之前修正 (應用裝置管理介面，連接埠 5480)。</translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation>{name} 的健全狀況為灰色: 尚無健全狀況資料。</translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation>無法檢查 {name} 的健全狀況: {minutes} 分鐘後仍無健全狀況資料。</translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation>{name} 的健全狀況為 {level}，reconui 無法識別此層級。請在應用裝置上檢查。</translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation>服務 {service}: STARTED，HEALTHY。</translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation>服務 {service} 設定為自動啟動，但狀態為 {state}。請啟動該服務 (vSphere Client: 「管理」&gt;「系統組態」&gt;「服務」；或在應用裝置上執行 service-control --start {service})。</translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation>服務 {service} 仍為 {state}。</translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation>{minutes} 分鐘後服務 {service} 仍為 {state}。請在應用裝置上檢查 (service-control --status {service})，若未啟動，請啟動該服務。</translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation>服務 {service} 以 DEGRADED 狀態執行。請閱讀其健全狀況訊息，在應用裝置上檢查其記錄，然後重新啟動該服務 (service-control --restart {service})。</translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation>服務 {service} 以 HEALTHY_WITH_WARNINGS 狀態執行。在交還 vCenter 之前，請閱讀其健全狀況訊息。</translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation>服務 {service} 為 STARTED，健全狀況為 {health}，reconui 無法識別該值。</translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation>未檢查 {name}: 此應用裝置不提供該項目 (HTTP 404)。</translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation>{name} 尚未回應: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation>無法檢查 {name}: {reason}</translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation>良好: 整體健全狀況為綠色，所有子系統均為綠色，所有自動啟動的服務均為 STARTED 和 HEALTHY。</translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation>就此應用裝置所能判斷的範圍而言為良好: 其提供的所有項目均為綠色且已啟動 (未提供 {missing})。</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation>
            <numerusform>需要注意: 協調後有 %n 個問題，已列出並附有後續處理方式。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation>無法檢查: {reason}</translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation>此應用裝置不提供任何健全狀況端點 (HTTP 404)。</translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation>在健全狀況穩定之前檢查已停止。</translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation>仍在啟動: {names}。將繼續檢查，最晚至 {time}。</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>1. Appliance</source>
        <translation>1. 應用裝置</translation>
    </message>
    <message>
        <source>vcsa.example.com or 10.0.0.5</source>
        <translation>vcsa.example.com 或 10.0.0.5</translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation>應用裝置主機名稱或位址</translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation>vCenter Server Appliance 的主機名稱或 IP 位址。清單中列出最近使用的主機。</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主機(&amp;O):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation>443 為 vSphere API 連接埠。部分管理員使用應用裝置管理連接埠 5480，也可透過該連接埠監控工作。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P):</translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation>自動 (優先使用 /api)</translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation>/api (vSphere 7.0 U2 及更新版本)</translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation>/rest (6.5 及更新版本，已淘汰)</translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation>API 類型</translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation>「自動」會在登入時偵測類型；若偵測結果有誤，請強制指定一種類型。</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A):</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>系統 Proxy 設定</translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation>不使用 Proxy (直接連線)</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用此 Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Proxy(&amp;X):</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy URL</translation>
    </message>
    <message>
        <source>Prox&amp;y URL:</source>
        <translation>Proxy URL(&amp;Y):</translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation>選用，例如應用裝置的 VMCA 根憑證 (.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 憑證檔案</translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation>包含額外受信任 CA 憑證的 PEM 檔案，作為本電腦信任存放區的補充。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>瀏覽 CA 憑證檔案</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA 檔案(&amp;I):</translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation>試用內建模擬器</translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation>在本電腦上啟動模擬應用裝置，讓您在操作真實應用裝置之前了解協調執行的過程。</translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation>請輸入應用裝置的主機名稱或位址。</translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation>主機無效: {reason}。</translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation>請輸入 Proxy URL，或選擇其他 Proxy 設定。</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation>請以 http://host:port 格式輸入 Proxy，例如 http://proxy.example.com:3128 ({reason})。</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation>請輸入 1 到 65535 之間的連接埠 (vSphere API 為 443)。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>憑證 (*.pem *.crt *.cer);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation>2. 認證</translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation>vCenter 使用者(&amp;U):</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>vCenter 使用者</translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation>登入應用裝置 API 的使用者，例如 administrator@vsphere.local。</translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation>vCenter 密碼(&amp;W):</translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation>vCenter 密碼</translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation>SSO 管理員(&amp;S):</translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation>SSO 管理員使用者</translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation>協調工作所需的 vCenter Single Sign-On 管理員。</translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation>SSO 密碼(&amp;D):</translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation>SSO 管理員密碼</translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation>忽略警告(&amp;N)</translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation>增強型連結模式: 若無法連線至複寫夥伴，工作仍會繼續，備份之後所做的變更將會遺失。</translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation>記住 (正在檢查金鑰圈…)</translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation>reconui 正在確認是否有可用的安全密碼存放區。</translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation>記住 (存放在 {backend} 中)</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>記住 (存放在系統金鑰圈中)</translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation>記住 (金鑰圈 {backend} 已鎖定)</translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation>記住 (沒有可用的安全金鑰圈)</translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation>密碼存放區 ({backend}) 已鎖定。若要記住密碼，請將其解除鎖定並重新啟動 reconui；在此之前，密碼僅在此工作階段期間保留在記憶體中。</translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation>無法記住密碼: 沒有可用的安全密碼存放區。密碼僅在此工作階段期間保留在記憶體中。</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation>無</translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation>記住 vCenter 密碼: {state}</translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation>記住 SSO 密碼: {state}</translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation>請輸入 vCenter 使用者。</translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation>請輸入 vCenter 密碼。</translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation>請輸入 SSO 管理員使用者。</translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation>請輸入 SSO 管理員密碼。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <translation>要在 {address} 上啟動協調工作嗎?</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO 管理員: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation>忽略警告: 是 — 若無法連線至增強型連結模式夥伴，備份之後所做的變更將會遺失。</translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation>忽略警告: 否 — 出現驗證警告時工作將會停止。</translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation>此應用裝置上已執行過協調工作。新工作將從頭重新開始協調。</translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation>工作一旦啟動便無法取消。</translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation>要停止監控工作嗎?</translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation>關閉 reconui 將停止監控協調工作。</translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation>結束 reconui 將停止監控協調工作。</translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation>中斷連線將停止監控協調工作。</translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation>要停止監控協調工作嗎?</translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation>工作本身無法取消: 它會在應用裝置上繼續執行。若要再次查看，請連線至同一應用裝置並選擇「附加至執行中的工作」；reconui-cli status 也可達成相同操作。</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>仍然關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>仍然結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation>仍然中斷連線(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation>停止監控(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>繼續監控(&amp;K)</translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation>要開始協調嗎?</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>重新開始(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 報告 (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON 報告 (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>儲存報告</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <translation>應用裝置未接受使用者名稱和密碼，或工作階段已過期。</translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation>應用裝置未接受使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation>該使用者無權執行此操作。應用裝置操作需要 SystemConfiguration.Administrators 群組中的 SSO 使用者。</translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation>應用裝置上沒有此類物件 (對於協調工作: 尚未啟動任何工作)。</translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation>應用裝置忙碌中: 備份、還原或協調已在進行中。</translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation>應用裝置目前不允許執行此操作。只有在還原成功完成後才能開始協調。</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation>還原仍在進行 ({progress}%)。只有在還原成功完成後才能開始協調: 請等待 (reconui-cli: --wait-for-restore)。</translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation>還原工作為 FAILED，因此無法開始協調。請閱讀還原訊息，修正原因後重新還原 (應用裝置管理介面，連接埠 5480)。</translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation>應用裝置拒絕了要求。請檢查 SSO 管理員使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation>應用裝置的服務暫時無法使用 (HTTP {status})。</translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation>應用裝置回報了錯誤 (HTTP {status})。</translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation>無法解析名稱 {host}。請檢查主機名稱和 DNS 設定。</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation>{host} 拒絕了連接埠 {port} 上的連線。應用裝置是否已啟動，連接埠是否正確?</translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation>與 {host} 的連線意外關閉。</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} 未在 {seconds} 秒內回應。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation>無法建立與 {host} 的安全 (TLS) 連線: {reason}</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation>無法透過 Proxy {proxy} 連線至 {host}: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation>無法連線至 {host}: {reason}</translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation>應用裝置傳回了無法使用的回應 ({reason})。</translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation>應用裝置的回應格式不符合預期: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation>{host} 的憑證不是由本電腦信任的授權單位簽署的。信任之前，請與應用裝置管理員核對其 SHA-256 指紋 {sha256}。</translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation>{host} 的憑證由受信任的授權單位簽署，但它是為其他名稱 ({names}) 簽發的，而不是為您輸入的位址簽發的。</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation>{host} 的憑證目前無效 (有效期至 {not_after})，儘管其授權單位可能受信任。請檢查本電腦的時鐘和應用裝置憑證。</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation>{host} 的憑證在您信任之後已變更 (之前為 {pinned}，現在為 {sha256})。未傳送任何內容。還原可能會合法地取代憑證: 請在再次信任之前驗證新指紋。</translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation>無法使用受信任憑證指紋檔案 {path} ({reason})。未傳送任何內容。請修正或移除該檔案，然後重新連線。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not be used.</source>
        <translation>無法使用密碼存放區 ({store})。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not read the password.</source>
        <translation>密碼存放區 ({store}) 無法讀取密碼。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not save the password.</source>
        <translation>密碼存放區 ({store}) 無法儲存密碼。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not delete the password.</source>
        <translation>密碼存放區 ({store}) 無法刪除密碼。</translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation>密碼存放區 ({store}) 已鎖定。請解除鎖定以記住或讀取密碼。</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation>本電腦上沒有可用的安全密碼存放區 (例如在無周邊工作階段或 SSH 工作階段中沒有 Secret Service)。密碼僅在此工作階段期間保留在記憶體中。</translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation>唯一可用的密碼存放區 ({store}) 會將密碼保存在磁碟上的檔案中，沒有真正的保護。reconui 不會使用它；密碼僅在此工作階段期間保留在記憶體中。</translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation>{minutes} 分鐘內未收到應用裝置的可用回應，已停止等待。</translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation>伺服器位址 {value} 無效: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation>5. 協調後的健全狀況</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>健全狀況檢查結果</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation>說明及處理方式</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>停止檢查</translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation>在服務仍在啟動時停止重新檢查。工作結果維持不變；健全狀況將回報為未檢查。</translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation>尚未檢查</translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation>健全狀況: 尚未檢查</translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation>工作狀態為 SUCCEEDED 後，將檢查應用裝置的健全狀況。</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>正在檢查</translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation>健全狀況: 正在檢查</translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation>協調後服務仍在穩定中；正在再次檢查。</translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation>正在檢查應用裝置的健全狀況…</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation>健全狀況: {verdict}</translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation>良好 ({count}): {names}</translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation>健全狀況: {text}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation>歷程記錄 — reconui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>應用裝置</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持續時間</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>過去的執行</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>開啟報告(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation>{outcome} (模擬)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation>
            <numerusform>報告資料夾中有 %n 次執行，依時間由新到舊排列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <translation>4. 協調工作</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>現在應執行的操作</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>Translators: the progress bar&apos;s text; %p is the percentage (Qt fills it in)</extracomment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>工作進度</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>經過時間:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>開始時間:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>結束時間:</translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation>篩選訊息 (文字或 ID)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>篩選訊息</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>錯誤詳細資料</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>停止監控(&amp;M)</translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation>停止監控。工作本身無法取消，會在應用裝置上繼續執行；請稍後重新連線以檢視結果。</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>儲存報告(&amp;R)…</translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation>複製摘要(&amp;M)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟記錄資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>重新開始(&amp;G)…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>時間 ({zone})</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>未啟動</translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation>沒有正在監控的工作。</translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation>現在應執行的操作: {step}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>執行中</translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation>應用裝置上有協調工作正在執行，但尚未受到監控。請使用「附加至執行中的工作」追蹤該工作。</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation>此應用裝置上的上一個協調工作已成功 (結束於 {end})。</translation>
    </message>
    <message>
        <source>FAILED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation>此應用裝置上的上一個協調工作失敗 (結束於 {end})。</translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation>應用裝置回報有一個狀態為 {status} 的工作。</translation>
    </message>
    <message>
        <source>STARTING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>正在啟動</translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation>正在附加</translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation>正在要求應用裝置啟動工作…</translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation>正在附加至執行中的工作…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation>工作已啟動。</translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation>正在監控已在執行的工作。</translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation>執行中 — 上次偵測到變更的時間: {time}。</translation>
    </message>
    <message>
        <source>WAITING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>正在等待</translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation>該位址有回應，但不像應用裝置的 API (可能是 Proxy 或網路代為回應?): {reason}</translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation>應用裝置服務正在重新啟動: {reason}</translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation>應用裝置位址的回應並非來自應用裝置 (Proxy 或網路?) — 正在等待 (直到 {time})。</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation>應用裝置服務正在重新啟動 — 正在等待 (直到 {time})。這在協調期間屬於正常現象。</translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation>
            <numerusform>已等待 {waited}，嘗試 %n 次；將繼續嘗試直到 {time}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation>{time}: 服務重新啟動 {seconds} 秒後，應用裝置再次回應。</translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation>{time}: 工作階段已過期；已重新登入並繼續監控。</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>未監控</translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation>監控已停止。協調工作會在應用裝置上繼續執行；請稍後重新連線以檢查結果，或在連線期間使用「附加至執行中的工作」。</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>{time} 之前</translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation>協調已成功完成。</translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation>協調失敗。應用裝置的錯誤顯示在下方。</translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation>應用裝置未提供詳細資料。</translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation>報告已自動儲存: {links}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>儲存位置: {folder}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Passwords are remembered in {name}.</source>
        <translation>密碼將儲存在 {name} 中。</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>無法開啟金鑰圈。</translation>
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
        <translation>{address} 的憑證在您信任之後已變更。未傳送任何內容；對話方塊中顯示了兩個指紋。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>正在檢查憑證…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation>憑證已由受信任的授權單位驗證 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation>憑證僅在此工作階段中受信任 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation>憑證已釘選 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation>正在檢查 {address} 的憑證…</translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation>正在登入 {address}…</translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation>未連線: 未信任 {address} 的憑證。未傳送任何內容。</translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation>無法儲存憑證釘選；該憑證僅在此工作階段中受信任。</translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation>正在使用憑證中的名稱 {name} 連線…</translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation>已停止: {address} 的憑證已變更。未傳送任何內容。</translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation>無法移除舊的憑證釘選。</translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation>已移除 {address} 的舊憑證釘選。請重新連線以檢查新憑證。</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation>無法啟動內建模擬器。</translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation>模擬 — reconui 的內建應用裝置模擬器正在 {address} 上執行 (情境「{scenario}」)。不會觸及任何真實的 vCenter。</translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation>無法讀取記住的密碼。</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation>無法將密碼儲存至金鑰圈。密碼僅在此工作階段期間保留在記憶體中。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation>檢查憑證、登入並查看應用裝置。尚不會啟動任何操作。</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>中斷連線(&amp;C)</translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation>已連線至 {address} · /{flavor}</translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation>工作狀態為 SUCCEEDED，但應用裝置尚未恢復良好: 請參閱「協調後的健全狀況」。</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation>應用裝置服務正在重新啟動 — 正在等待 (直到 {time})…</translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation>正在等待應用裝置</translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation>應用裝置已再次回應 ({seconds} 秒後)。</translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation>工作階段已過期；已重新登入。</translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation>協調成功 — {host}</translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation>協調工作已成功完成。</translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation>協調失敗 — {host}</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>工作失敗。</translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation>reconui 需要您處理 — {host}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation>發生未預期的錯誤。詳細資料位於記錄檔中 (「說明」→「開啟記錄資料夾」)。</translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation>由於內部錯誤，監控已結束。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>儲存報告(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation>開啟最新報告(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>複製摘要(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>歷程記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>受信任的憑證(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation>開啟報告資料夾(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation>試用內建模擬器(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟記錄資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation>關於 reconui(&amp;A)</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>報告: {path}</translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation>尚無報告。每次執行都會在 {path} 中寫入一份報告。</translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation>reconui {version} — 協調摘要</translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation>應用裝置: {address}</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>版本: {version}</translation>
    </message>
    <message>
        <source>API: /{flavor}</source>
        <translation>API: /{flavor}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation>憑證 SHA-256: {sha}</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO 管理員: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: yes</source>
        <translation>忽略警告: 是</translation>
    </message>
    <message>
        <source>Ignore warnings: no</source>
        <translation>忽略警告: 否</translation>
    </message>
    <message>
        <source>Result: {status}</source>
        <translation>結果: {status}</translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation>進度: {percent}%</translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation>開始時間: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>結束時間: {time}</translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation>後續操作: {step}</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>錯誤:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>訊息:</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>摘要已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>無法儲存報告。</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>報告已儲存至 {path}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>記錄資料夾</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>報告資料夾</translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation>無法建立{what} {path}。</translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation>{what}: {path} (若未開啟檔案管理員，請手動開啟)</translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation>無法開啟檔案管理員。{what}: {path}</translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation>關於 reconui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;執行並監控 vCenter Server Appliance 的還原後協調工作。&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;記錄: {logs}&lt;br&gt;報告: {reports}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{address} · /{flavor} · {user} · {trust}</source>
        <translation>{address} · /{flavor} · {user} · {trust}</translation>
    </message>
    <message>
        <source>SIMULATION · {summary}</source>
        <translation>模擬 · {summary}</translation>
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
        <translation>reconui — vCenter 協調</translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation>[模擬] {title}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
</context>
<context>
    <name>MessagesTable</name>
    <message>
        <source>Seen</source>
        <translation>偵測時間</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>訊息 ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation>工作訊息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部複製</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <translation>請檢查 vCenter 使用者名稱並重新輸入密碼，然後重新連線。</translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation>請使用 SystemConfiguration.Administrators 群組中的 SSO 使用者 (例如 administrator@vsphere.local) 登入。</translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation>尚無可監控的內容: 請重新連線，並從預檢中開始協調。</translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation>請等待正在進行的備份、還原或協調完成 (參閱連接埠 5480 上的應用裝置管理介面)，然後重新檢查。</translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation>請重複還原，直到還原工作回報 SUCCEEDED，然後開始協調。</translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation>請等待還原完成 (或使用 --wait-for-restore)，然後開始協調。</translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation>請閱讀還原訊息，修正其原因並重新還原；之後再進行協調。</translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation>請重新輸入 SSO 管理員使用者名稱和密碼，然後重新開始。</translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation>請等待幾分鐘讓應用裝置服務就緒，然後重新檢查。</translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation>請檢查應用裝置管理介面 (連接埠 5480) 及其記錄，然後重新檢查。</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation>請檢查主機名稱的拼寫，或使用其 IP 位址或完整網域名稱連線。</translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation>請檢查應用裝置是否已開啟電源，以及連接埠是否為 443 (或應用裝置使用的連接埠)。</translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation>請在一分鐘後重新檢查；若問題重複出現，請檢查您與應用裝置之間的防火牆和 Proxy。</translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation>請檢查應用裝置是否在連接埠 443 上回應來自本電腦的要求 (防火牆、VPN、Proxy)。</translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation>請檢查該位址是否指向應用裝置本身，而不是其他服務或 Proxy。</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate that issued the appliance&apos;s certificate (the appliance offers its VMCA root certificates under /certs/download.zip), or leave the CA file empty.</source>
        <translation>請選擇包含簽發此應用裝置憑證之 CA 憑證的 PEM 檔案 (應用裝置在 /certs/download.zip 提供其 VMCA 根憑證)，或將 CA 檔案留空。</translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation>請檢查 Proxy 位址；若可直接連線至應用裝置，請選擇「不使用 Proxy」。</translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation>請檢查位址以及到應用裝置的網路路徑，然後重新連線。</translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation>請檢查是否有 Proxy 代替應用裝置回應 (嘗試「不使用 Proxy」)；若服務正在重新啟動，請等待後重新檢查。</translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation>請強制使用另一種 API 類型 (/api 或 /rest) 並重新連線；若問題重複出現，請儲存報告。</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation>信任之前，請將 SHA-256 指紋與應用裝置在其主控台或連接埠 5480 上顯示的指紋進行比較，或選擇簽署該憑證的 CA 檔案。</translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation>請使用下列名稱之一連線: {names}。</translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation>請更新應用裝置憑證 (或修正本電腦的時鐘)；僅在核對指紋後才為本次執行信任該憑證。</translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation>請詢問還原該應用裝置的人員其憑證是否已被取代；確認後才可移除舊的憑證釘選並信任新指紋。</translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation>請修正憑證釘選檔案的權限或將其移走，然後重新連線。</translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation>請暫時取消勾選「記住」(密碼將僅在此工作階段期間保留)，或修正金鑰圈後重試。</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation>請解除鎖定金鑰圈 (登入桌面工作階段的錢包)，然後重試。</translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation>請每次輸入密碼，或安裝並解除鎖定金鑰圈服務。</translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation>請每次輸入密碼；reconui 不會將密碼存放在未加密的金鑰圈中。</translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation>請重新連線並附加: 工作會在應用裝置上繼續執行。若應用裝置持續沒有回應，請在連接埠 5480 上檢查。</translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation>請更正位址 (主機名稱或 IP，連接埠 1–65535)，然後重新連線。</translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation>請檢查增強型連結模式夥伴是否可以解析並在 443 上回應，然後重新還原，再重新開始協調。</translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation>請讓連結模式夥伴可以連線，然後重新開始；或者勾選「忽略警告」後重新開始，但此節點上在備份之後所做的變更將會遺失。</translation>
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
        <translation>未監控</translation>
    </message>
    <message>
        <source>NO JOB</source>
        <translation>無工作</translation>
    </message>
    <message>
        <source>LAST JOB FINISHED</source>
        <translation>上一個工作已結束</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation>連結模式夥伴</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>夥伴</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>可連線</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>正在複寫</translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation>變更延遲</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (請先連線)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Translators: a table cell: the partner status could not be read</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Translators: a table cell answering “Reachable?” (yes, or a warning that it is not)
----------
Translators: a table cell answering “Replicating?”</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>✖ NO</source>
        <translation>✖ 否</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 個變更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>顯示密碼</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>顯示{field}</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隱藏密碼</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation>3. 預檢</translation>
    </message>
    <message>
        <source>Appliance:</source>
        <translation>應用裝置:</translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation>使用的 API:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>還原:</translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation>連結模式:</translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation>協調工作:</translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation>開始協調(&amp;T)…</translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation>附加至執行中的工作(&amp;T)</translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation>監控應用裝置上已在執行的工作。</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>重新開始(&amp;G)…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>重新檢查(&amp;K)</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (請先連線)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation>未知 (應用裝置未提供)</translation>
    </message>
    <message>
        <source>vCenter Server Appliance</source>
        <translation>vCenter Server Appliance</translation>
    </message>
    <message>
        <source>{product} {version}, build {build}</source>
        <translation>{product} {version}，組建 {build}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation>✔ SUCCEEDED — 可以開始協調</translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation>✖ FAILED — {sentence}</translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation>⚠ {state} — 應用裝置僅允許在還原成功後進行協調</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation>⟳ INPROGRESS ({percent}%) — 已不再監控；使用「重新檢查」可再次查看</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation>⟳ INPROGRESS ({percent}%) — 正在監控；狀態變為 SUCCEEDED 後即可開始協調</translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation>無 — 可以啟動</translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation>無 — 正在等待還原</translation>
    </message>
    <message>
        <source>None — a successful restore comes first</source>
        <translation>無 — 需要先成功完成還原</translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation>⟳ RUNNING — 正在下方監控</translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation>⟳ RUNNING ({percent}%)，開始於 {start} — 附加後即可監控</translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation>{mark} 上次執行: {status}，結束於 {end}</translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation>{status} ({percent}%)</translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation>還原未成功完成，因此應用裝置會拒絕啟動協調。請完成還原，然後使用「重新檢查」。</translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation>儘管已執行過協調工作，仍啟動新的協調工作。</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <translation>回應</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>工作階段權杖</translation>
    </message>
    <message>
        <source>health level</source>
        <translation>健全狀況層級</translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation>{where} 必須是物件，但實際為 {type}</translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation>{where} 必須是陣列，但實際為 {type}</translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation>{where} 必須是字串，但實際為 {type}</translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation>{where} 必須是整數，但實際為 {type}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation>{where} 必須是數值，但實際為 {type}</translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation>{where} 必須是布林值，但實際為 {type}</translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation>{where} 必須是物件或鍵/值陣列，但實際為 {type}</translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation>{where} 必須是 RFC 3339 日期時間字串，但實際為 {type}</translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation>{where} 超出 64 位元整數範圍</translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation>{where} 超出雙精確度浮點數的範圍</translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation>{where} 必須是有限數值</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>缺少 {where}</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} 為空</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation>{where} 不是 RFC 3339 日期時間</translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation>{where} 的 UTC 時差無效</translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation>{where} 不是有效的日期時間</translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation>{where} 含有非字串的鍵</translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation>{where} 的巢狀層級過深</translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation>無法讀取 {where} ({kind})</translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation>{where} 的長度為 {length} 個字元 (最多接受 {limit} 個)</translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation>{where} 為空或包含 HTTP 標頭中不允許的字元</translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation>缺少 {where} (應為 /rest “value” 封裝)</translation>
    </message>
    <message>
        <source>the brackets around the IPv6 address are unbalanced</source>
        <translation>IPv6 位址兩側的方括號不成對</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>只有 IPv6 位址才能放在方括號中</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>內容為空</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>包含空格或控制字元</translation>
    </message>
    <message>
        <source>it contains &apos;%&apos; (percent-encoding or an IPv6 zone index is not supported)</source>
        <translation>包含 &apos;%&apos; (不支援百分比編碼或 IPv6 區域索引)</translation>
    </message>
    <message>
        <source>it contains a user name or password; give the user separately</source>
        <translation>包含使用者名稱或密碼；請另外提供使用者</translation>
    </message>
    <message>
        <source>enter only the host name or address, without https://, a path or a port</source>
        <translation>請僅輸入主機名稱或位址，不要包含 https://、路徑或連接埠</translation>
    </message>
    <message>
        <source>it is neither a host name nor an IPv6 address</source>
        <translation>既不是主機名稱也不是 IPv6 位址</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>點之間有空白的部分</translation>
    </message>
    <message>
        <source>a part of a host name cannot begin or end with &apos;-&apos;</source>
        <translation>主機名稱的各部分不能以 &apos;-&apos; 開頭或結尾</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>主機名稱只能包含字母、數字、&apos;-&apos; 和 &apos;.&apos;</translation>
    </message>
    <message>
        <source>the proxy URL must not have a path, query or fragment (expected http://host:port)</source>
        <translation>Proxy URL 不應包含路徑、查詢或片段 (應為 http://host:port)</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>不是有效的 IPv4 位址</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>連接埠必須是 1 到 65535 之間的數字</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>僅支援 https:// 位址</translation>
    </message>
    <message>
        <source>it contains a user name or password; enter the user name in its own field (--user)</source>
        <translation>包含使用者名稱或密碼；請在專用的欄位 (--user) 中輸入使用者名稱</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing bracket</source>
        <translation>IPv6 位址缺少右方括號</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>IPv6 位址後有未預期的文字</translation>
    </message>
    <message>
        <source>no proxy address was given</source>
        <translation>未提供 Proxy 位址</translation>
    </message>
    <message>
        <source>an IPv6 proxy address goes in brackets: http://[::1]:3128</source>
        <translation>IPv6 Proxy 位址需放在方括號中: http://[::1]:3128</translation>
    </message>
    <message>
        <source>a host name has at most {limit} characters</source>
        <translation>主機名稱最多 {limit} 個字元</translation>
    </message>
    <message>
        <source>each part of a host name has at most {limit} characters</source>
        <translation>主機名稱的每個部分最多 {limit} 個字元</translation>
    </message>
    <message>
        <source>{scheme}:// proxies are not supported, only http://host:port</source>
        <translation>不支援 {scheme}:// Proxy，僅支援 http://host:port</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>沒有內容類型</translation>
    </message>
    <message>
        <source>truncated or malformed HTTP answer: {cause}</source>
        <translation>HTTP 回應遭截斷或格式錯誤: {cause}</translation>
    </message>
    <message>
        <source>HTTP {status}, JSON nested too deeply</source>
        <translation>HTTP {status}，JSON 巢狀層級過深</translation>
    </message>
    <message>
        <source>HTTP {status}, empty body</source>
        <translation>HTTP {status}，本文為空</translation>
    </message>
    <message>
        <source>HTTP {status}, truncated or malformed JSON</source>
        <translation>HTTP {status}，JSON 遭截斷或格式錯誤</translation>
    </message>
    <message>
        <source>HTTP {status}, {kind} instead of JSON</source>
        <translation>HTTP {status}，傳回的是 {kind} 而不是 JSON</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP {status})</source>
        <translation>未預期的重新導向 (HTTP {status})</translation>
    </message>
    <message>
        <source>HTTP {status}, an answer larger than {megabytes} MB</source>
        <translation>HTTP {status}，回應大於 {megabytes} MB</translation>
    </message>
    <message>
        <source>the API flavour must be auto, api or rest</source>
        <translation>API 類型必須是 auto、api 或 rest</translation>
    </message>
    <message>
        <source>the CA file {path} cannot be used ({why})</source>
        <translation>無法使用 CA 檔案 {path} ({why})</translation>
    </message>
    <message>
        <source>the proxy address is not a valid URL ({why})</source>
        <translation>Proxy 位址不是有效的 URL ({why})</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>伺服器未提供憑證</translation>
    </message>
    <message>
        <source>the certificate&apos;s fingerprint has changed</source>
        <translation>憑證的指紋已變更</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>無法讀取伺服器的憑證</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation>還原 %p%</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>還原進度</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>停止監控</translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation>停止監控還原。還原會在應用裝置上繼續進行；使用「重新檢查」可再次查看。</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>還原訊息</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <translation>未啟動</translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation>工作狀態: {status}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <translation>此憑證已過期。</translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>此憑證尚未生效 (請檢查本電腦的時鐘)。</translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <translation>憑證是為其他名稱簽發的 — {address}</translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation>未知憑證 — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation>&lt;b&gt;{address} 的憑證由本電腦信任的授權單位簽署，但它是為其他名稱簽發的。&lt;/b&gt;&lt;br&gt;尚未傳送任何內容。請使用下列名稱之一連線:</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>連線至 {name}</translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation>若本電腦無法解析這些名稱中的任何一個，您可以在核對指紋後改為釘選此憑證。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation>&lt;b&gt;{address} 提供的憑證不受本電腦信任。&lt;/b&gt;&lt;br&gt;尚未向其傳送任何內容。信任之前，請將下方的 SHA-256 指紋與應用裝置上顯示的指紋 (例如 vSphere Client 中的&lt;i&gt;憑證管理&lt;/i&gt;或應用裝置主控台) 進行比較。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指紋</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>複製指紋(&amp;Y)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主體:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>別名:</translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation>{issuer}  (自我簽署)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>簽發者:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期間:</translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation>SHA-1 (用於舊版畫面):</translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation>仍然釘選，僅一次(&amp;O)</translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation>仍然釘選並記住(&amp;R)</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>僅信任一次(&amp;O)</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>信任並記住(&amp;R)</translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation>在關閉 reconui 之前接受此憑證。</translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation>現在以及日後連線至 {address} 時接受此憑證。</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation>受信任的憑證 — reconui</translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation>您選擇信任並記住的憑證，依位址列出。憑證釘選儲存在 {path} 中。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指紋</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>受信任的憑證</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation>已移除 {address} 的憑證釘選。下次連線時將再次詢問。</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>無法讀取 {path} ({reason})。</translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation>{path} 不是由「host:port sha256」行組成的清單 ({reason})。未匯入任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation>
            <numerusform>已匯入 %n 個受信任的憑證。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation>無法將清單寫入 {path} ({reason})。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation>
            <numerusform>已將 %n 個受信任的憑證匯出至 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation>要移除 {address} 的受信任憑證嗎? 下次連線時將再次顯示其憑證並詢問您。</translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation>要移除憑證釘選嗎?</translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation>匯入受信任的憑證</translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation>憑證釘選清單 (*.txt *.pins);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation>匯出受信任的憑證</translation>
    </message>
</context>
</TS>
