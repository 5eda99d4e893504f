<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation>发生意外错误 ({kind})。详细信息位于日志文件夹中: {folder}</translation>
    </message>
</context>
<context>
    <name>ApplianceMessages</name>
    <message>
        <source>Authentication required.</source>
        <translation>需要身份验证。</translation>
    </message>
    <message>
        <source>This method requires authentication.</source>
        <translation>此方法需要身份验证。</translation>
    </message>
    <message>
        <source>Unable to find operations for URL: %s.</source>
        <translation>找不到 URL %s 的操作。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>CA 文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation>{path} 是文件夹，不是 CA 证书文件。</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation>无法读取 CA 文件 {path} ({reason})。</translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>{path} 中没有 PEM 格式的证书 (以 -----BEGIN CERTIFICATE----- 开头的文本)。</translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation>{path} 中的证书文本已损坏，无法读取。</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation>证书已更改 — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation>&lt;b&gt;{address} 的证书不是您信任的证书。reconui 已停止，未发送任何内容。&lt;/b&gt;&lt;br&gt;这可能是攻击，也可能是合法的更改: 还原或证书续订会替换设备证书。信任之前，请在设备本身上验证新的指纹。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation>&lt;b&gt;之前信任的证书&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation>&lt;b&gt;当前提供的证书&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation>已信任的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>当前提供的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>新使用者:</translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation>新颁发者:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation>新有效期:</translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation>如果已确认更改合法，请移除旧的证书固定并重新连接: 随后将显示新证书供您检查。</translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation>忘记旧的证书固定(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation>要忘记旧的证书固定吗?</translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation>要移除 {address} 的已信任指纹吗? 此步骤不会信任任何证书: 下次连接时将询问您是否信任新证书。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation>没有链接模式伙伴: 此节点为独立节点。</translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation>
            <numerusform>%n 个复制链接，所有伙伴均可访问。</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation>链接模式伙伴 {partners} 无响应。协调会对此发出警告，除非忽略警告，否则协调将失败；如果忽略警告，此节点上在备份之后所做的更改将丢失。</translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation>伙伴状态不可用: 此设备不提供复制状态 (自 vSphere 6.7 Update 2 起提供)。</translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation>伙伴状态不可用: 该用户无权读取复制状态 (HTTP 403)。</translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation>伙伴状态不可用: {reason}</translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation>忽略警告会让协调在没有 {partners} 的情况下继续: 此节点上在备份之后所做的更改将丢失。</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation>还原仍在进行 ({progress}%)；正在等待其完成后再启动。</translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation>还原已成功完成；可以开始协调。</translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation>{name} 的运行状况: 绿色。</translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation>{name} 的运行状况为黄色: 正常，但存在一些问题。在交还 vCenter 之前，请在设备管理界面 (端口 5480，“监控”) 中查看。</translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation>{name} 的运行状况为橙色: 已降级，可能存在严重问题。请立即在设备管理界面 (端口 5480，“监控”) 中检查。</translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation>{name} 的运行状况为红色: 不可用或即将停止工作。请在任何人使用此 vCenter 之前修复 (设备管理界面，端口 5480)。</translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation>{name} 的运行状况为灰色: 尚无运行状况数据。</translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation>无法检查 {name} 的运行状况: {minutes} 分钟后仍无运行状况数据。</translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation>{name} 的运行状况为 {level}，reconui 无法识别此级别。请在设备上检查。</translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation>服务 {service}: STARTED，HEALTHY。</translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation>服务 {service} 设置为自动启动，但状态为 {state}。请启动该服务 (vSphere Client: “系统管理”&gt;“系统配置”&gt;“服务”；或在设备上运行 service-control --start {service})。</translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation>服务 {service} 仍为 {state}。</translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation>{minutes} 分钟后服务 {service} 仍为 {state}。请在设备上检查 (service-control --status {service})，如果未启动，请启动该服务。</translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation>服务 {service} 以 DEGRADED 状态运行。请阅读其运行状况消息，在设备上检查其日志，然后重新启动该服务 (service-control --restart {service})。</translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation>服务 {service} 以 HEALTHY_WITH_WARNINGS 状态运行。在交还 vCenter 之前，请阅读其运行状况消息。</translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation>服务 {service} 为 STARTED，运行状况为 {health}，reconui 无法识别该值。</translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation>未检查 {name}: 此设备不提供该项 (HTTP 404)。</translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation>{name} 尚无响应: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation>无法检查 {name}: {reason}</translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation>正常: 整体运行状况为绿色，所有子系统均为绿色，所有自动启动的服务均为 STARTED 和 HEALTHY。</translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation>就此设备所能判断的范围而言为正常: 其提供的所有项均为绿色且已启动 (未提供 {missing})。</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation>
            <numerusform>需要注意: 协调后有 %n 个问题，已列出并附有后续处理方法。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation>无法检查: {reason}</translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation>此设备不提供任何运行状况端点 (HTTP 404)。</translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation>在运行状况稳定之前检查已停止。</translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation>仍在启动: {names}。将继续检查，最晚至 {time}。</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>1. Appliance</source>
        <translation>1. 设备</translation>
    </message>
    <message>
        <source>vcsa.example.com or 10.0.0.5</source>
        <translation>vcsa.example.com 或 10.0.0.5</translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation>设备主机名或地址</translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation>vCenter Server Appliance 的主机名或 IP 地址。列表中列出了最近使用的主机。</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation>443 为 vSphere API 端口。部分管理员使用设备管理端口 5480，也可通过该端口监控作业。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P):</translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation>自动 (优先使用 /api)</translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation>/api (vSphere 7.0 U2 及更高版本)</translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation>/rest (6.5 及更高版本，已弃用)</translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation>API 类型</translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation>“自动”会在登录时检测类型；如果检测结果有误，请强制指定一种类型。</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A):</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation>不使用代理 (直接连接)</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用此代理:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X):</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <source>Prox&amp;y URL:</source>
        <translation>代理 URL(&amp;Y):</translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation>可选，例如设备的 VMCA 根证书 (.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation>包含额外受信任 CA 证书的 PEM 文件，作为本计算机信任存储的补充。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>浏览 CA 证书文件</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA 文件(&amp;I):</translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation>试用内置模拟器</translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation>在本计算机上启动模拟设备，以便在操作真实设备之前了解协调运行的过程。</translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation>请输入设备的主机名或地址。</translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation>主机无效: {reason}。</translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation>请输入代理 URL，或选择其他代理设置。</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation>请按 http://host:port 格式输入代理，例如 http://proxy.example.com:3128 ({reason})。</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation>请输入 1 到 65535 之间的端口 (vSphere API 为 443)。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation>2. 凭据</translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation>vCenter 用户(&amp;U):</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>vCenter 用户</translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation>登录设备 API 的用户，例如 administrator@vsphere.local。</translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation>vCenter 密码(&amp;W):</translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation>vCenter 密码</translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation>SSO 管理员(&amp;S):</translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation>SSO 管理员用户</translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation>协调作业所需的 vCenter Single Sign-On 管理员。</translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation>SSO 密码(&amp;D):</translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation>SSO 管理员密码</translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation>忽略警告(&amp;N)</translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation>增强型链接模式: 如果无法访问复制伙伴，作业仍会继续，备份之后所做的更改将丢失。</translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation>记住 (正在检查密钥环…)</translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation>reconui 正在确认是否有可用的安全密码存储。</translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation>记住 (存储在 {backend} 中)</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>记住 (存储在系统密钥环中)</translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation>记住 (密钥环 {backend} 已锁定)</translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation>记住 (没有可用的安全密钥环)</translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation>密码存储 ({backend}) 已锁定。要记住密码，请将其解锁并重新启动 reconui；在此之前，密码仅在本会话期间保存在内存中。</translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation>无法记住密码: 没有可用的安全密码存储。密码仅在本会话期间保存在内存中。</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation>记住 vCenter 密码: {state}</translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation>记住 SSO 密码: {state}</translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation>请输入 vCenter 用户。</translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation>请输入 vCenter 密码。</translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation>请输入 SSO 管理员用户。</translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation>请输入 SSO 管理员密码。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <translation>要在 {address} 上启动协调作业吗?</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO 管理员: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation>忽略警告: 是 — 如果无法访问增强型链接模式伙伴，备份之后所做的更改将丢失。</translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation>忽略警告: 否 — 出现验证警告时作业将停止。</translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation>此设备上已运行过协调作业。新作业将从头重新开始协调。</translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation>作业一旦启动便无法取消。</translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation>要停止监控作业吗?</translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation>关闭 reconui 将停止监控协调作业。</translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation>退出 reconui 将停止监控协调作业。</translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation>断开连接将停止监控协调作业。</translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation>要停止监控协调作业吗?</translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation>作业本身无法取消: 它会在设备上继续运行。要再次查看，请连接到同一设备并选择“附加到正在运行的作业”；reconui-cli status 也可实现相同操作。</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>仍然关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation>仍然断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation>停止监控(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>继续监控(&amp;K)</translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation>要开始协调吗?</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>重新开始(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON 报告 (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <translation>设备未接受用户名和密码，或会话已过期。</translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation>设备未接受用户名和密码。</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation>该用户无权执行此操作。设备操作需要 SystemConfiguration.Administrators 组中的 SSO 用户。</translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation>设备上没有此类对象 (对于协调作业: 尚未启动任何作业)。</translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation>设备正忙: 备份、还原或协调已在进行中。</translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation>设备目前不允许执行此操作。只有在还原成功完成后才能开始协调。</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation>还原仍在进行 ({progress}%)。只有在还原成功完成后才能开始协调: 请等待 (reconui-cli: --wait-for-restore)。</translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation>还原作业为 FAILED，因此无法开始协调。请阅读还原消息，修复原因后重新还原 (设备管理界面，端口 5480)。</translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation>设备拒绝了请求。请检查 SSO 管理员用户名和密码。</translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation>设备的服务暂时不可用 (HTTP {status})。</translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation>设备报告了错误 (HTTP {status})。</translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation>无法解析名称 {host}。请检查主机名和 DNS 设置。</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation>{host} 拒绝了端口 {port} 上的连接。设备是否已启动，端口是否正确?</translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation>与 {host} 的连接意外关闭。</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} 未在 {seconds} 秒内响应。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation>无法建立与 {host} 的安全 (TLS) 连接: {reason}</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation>无法通过代理 {proxy} 访问 {host}: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation>无法连接到 {host}: {reason}</translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation>设备返回了无法使用的响应 ({reason})。</translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation>设备的响应格式不符合预期: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation>{host} 的证书不是由本计算机信任的颁发机构签名的。信任之前，请与设备管理员核对其 SHA-256 指纹 {sha256}。</translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation>{host} 的证书由受信任的颁发机构签名，但它是为其他名称 ({names}) 颁发的，而不是为您输入的地址颁发的。</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation>{host} 的证书当前无效 (有效期至 {not_after})，尽管其颁发机构可能受信任。请检查本计算机的时钟和设备证书。</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation>{host} 的证书在您信任之后已更改 (之前为 {pinned}，现在为 {sha256})。未发送任何内容。还原可能会合法地替换证书: 请在再次信任之前验证新指纹。</translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation>无法使用受信任证书指纹文件 {path} ({reason})。未发送任何内容。请修复或移除该文件，然后重新连接。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not be used.</source>
        <translation>无法使用密码存储 ({store})。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not read the password.</source>
        <translation>密码存储 ({store}) 无法读取密码。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not save the password.</source>
        <translation>密码存储 ({store}) 无法保存密码。</translation>
    </message>
    <message>
        <source>The password store ({store}) could not delete the password.</source>
        <translation>密码存储 ({store}) 无法删除密码。</translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation>密码存储 ({store}) 已锁定。请解锁以记住或读取密码。</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation>本计算机上没有可用的安全密码存储 (例如在无头会话或 SSH 会话中没有 Secret Service)。密码仅在本会话期间保存在内存中。</translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation>唯一可用的密码存储 ({store}) 会将密码保存在磁盘上的文件中，没有真正的保护。reconui 不会使用它；密码仅在本会话期间保存在内存中。</translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation>{minutes} 分钟内未收到设备的可用响应，已停止等待。</translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation>服务器地址 {value} 无效: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation>5. 协调后的运行状况</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>运行状况检查结果</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation>说明及处理方法</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>停止检查</translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation>在服务仍在启动时停止重新检查。作业结果保持不变；运行状况将报告为未检查。</translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation>运行状况: 尚未检查</translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation>作业状态为 SUCCEEDED 后，将检查设备的运行状况。</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation>运行状况: 正在检查</translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation>协调后服务仍在稳定中；正在再次检查。</translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation>正在检查设备的运行状况…</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation>运行状况: {verdict}</translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation>正常 ({count}): {names}</translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation>运行状况: {text}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation>历史记录 — reconui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>以往运行</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation>{outcome} (模拟)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation>
            <numerusform>报告文件夹中有 %n 次运行，按时间从新到旧排列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <translation>4. 协调作业</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>现在应执行的操作</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>Translators: the progress bar&apos;s text; %p is the percentage (Qt fills it in)</extracomment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>作业进度</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>已用时间:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>开始时间:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>结束时间:</translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation>筛选消息 (文本或 ID)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>停止监控(&amp;M)</translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation>停止监控。作业本身无法取消，会在设备上继续运行；请稍后重新连接以查看结果。</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation>复制摘要(&amp;M)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>重新开始(&amp;G)…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>时间 ({zone})</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>未启动</translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation>没有正在监控的作业。</translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation>现在应执行的操作: {step}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation>设备上有协调作业正在运行，但尚未被监控。请使用“附加到正在运行的作业”跟踪该作业。</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>成功</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation>此设备上的上一个协调作业已成功 (结束于 {end})。</translation>
    </message>
    <message>
        <source>FAILED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation>此设备上的上一个协调作业失败 (结束于 {end})。</translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation>设备报告有一个状态为 {status} 的作业。</translation>
    </message>
    <message>
        <source>STARTING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation>正在附加</translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation>正在请求设备启动作业…</translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation>正在附加到正在运行的作业…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation>作业已启动。</translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation>正在监控已在运行的作业。</translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation>正在运行 — 上次检测到更改的时间: {time}。</translation>
    </message>
    <message>
        <source>WAITING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>正在等待</translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation>该地址有响应，但不像设备的 API (可能是代理或网络代为响应?): {reason}</translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation>设备服务正在重新启动: {reason}</translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation>设备地址的响应来自非设备方 (代理或网络?) — 正在等待 (直到 {time})。</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation>设备服务正在重新启动 — 正在等待 (直到 {time})。这在协调期间属于正常现象。</translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation>
            <numerusform>已等待 {waited}，尝试 %n 次；将继续尝试直到 {time}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation>{time}: 服务重新启动 {seconds} 秒后，设备再次响应。</translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation>{time}: 会话已过期；已重新登录并继续监控。</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>未监控</translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation>监控已停止。协调作业会在设备上继续运行；请稍后重新连接以检查结果，或在连接期间使用“附加到正在运行的作业”。</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>{time} 之前</translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation>协调已成功完成。</translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation>协调失败。设备的错误显示在下方。</translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation>设备未提供详细信息。</translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation>报告已自动保存: {links}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>保存位置: {folder}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Passwords are remembered in {name}.</source>
        <translation>密码将保存在 {name} 中。</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>无法打开密钥环。</translation>
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
        <translation>{address} 的证书在您信任之后已更改。未发送任何内容；对话框中显示了两个指纹。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>正在检查证书…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation>证书已由受信任的颁发机构验证 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation>证书仅在本会话中受信任 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation>证书已固定 (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation>正在检查 {address} 的证书…</translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation>正在登录到 {address}…</translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation>未连接: 未信任 {address} 的证书。未发送任何内容。</translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation>无法保存证书固定；该证书仅在本会话中受信任。</translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation>正在使用证书中的名称 {name} 连接…</translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation>已停止: {address} 的证书已更改。未发送任何内容。</translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation>无法移除旧的证书固定。</translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation>已移除 {address} 的旧证书固定。请重新连接以检查新证书。</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation>无法启动内置模拟器。</translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation>模拟 — reconui 的内置设备模拟器正在 {address} 上运行 (场景“{scenario}”)。不会触及任何真实的 vCenter。</translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation>无法读取记住的密码。</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation>无法将密码保存到密钥环中。密码仅在本会话期间保存在内存中。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation>检查证书、登录并查看设备。尚不会启动任何操作。</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>断开连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation>已连接到 {address} · /{flavor}</translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation>作业状态为 SUCCEEDED，但设备尚未恢复正常: 请参阅“协调后的运行状况”。</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation>设备服务正在重新启动 — 正在等待 (直到 {time})…</translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation>正在等待设备</translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation>设备已再次响应 ({seconds} 秒后)。</translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation>会话已过期；已重新登录。</translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation>协调成功 — {host}</translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation>协调作业已成功完成。</translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation>协调失败 — {host}</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>作业失败。</translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation>reconui 需要您处理 — {host}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation>发生意外错误。详细信息位于日志文件中 (“帮助”→“打开日志文件夹”)。</translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation>由于内部错误，监控已结束。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation>打开最新报告(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>复制摘要(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>受信任的证书(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation>打开报告文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation>试用内置模拟器(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation>关于 reconui(&amp;A)</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>报告: {path}</translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation>尚无报告。每次运行都会向 {path} 写入一份报告。</translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation>reconui {version} — 协调摘要</translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation>设备: {address}</translation>
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
        <translation>证书 SHA-256: {sha}</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO 管理员: {user}</translation>
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
        <translation>结果: {status}</translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation>进度: {percent}%</translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation>开始时间: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>结束时间: {time}</translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation>后续操作: {step}</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>消息:</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>摘要已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>无法保存报告。</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>报告文件夹</translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation>无法创建{what} {path}。</translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation>{what}: {path} (如果没有打开文件管理器，请手动打开)</translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation>无法打开文件管理器。{what}: {path}</translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation>关于 reconui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;运行并监控 vCenter Server Appliance 的还原后协调作业。&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;日志: {logs}&lt;br&gt;报告: {reports}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{address} · /{flavor} · {user} · {trust}</source>
        <translation>{address} · /{flavor} · {user} · {trust}</translation>
    </message>
    <message>
        <source>SIMULATION · {summary}</source>
        <translation>模拟 · {summary}</translation>
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
        <translation>reconui — vCenter 协调</translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation>[模拟] {title}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>MessagesTable</name>
    <message>
        <source>Seen</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation>作业消息</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <translation>请检查 vCenter 用户名并重新输入密码，然后重新连接。</translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation>请使用 SystemConfiguration.Administrators 组中的 SSO 用户 (例如 administrator@vsphere.local) 登录。</translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation>尚无可监控的内容: 请重新连接，并从预检中开始协调。</translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation>请等待正在进行的备份、还原或协调完成 (参见端口 5480 上的设备管理界面)，然后重新检查。</translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation>请重复还原，直到还原作业报告 SUCCEEDED，然后开始协调。</translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation>请等待还原完成 (或使用 --wait-for-restore)，然后开始协调。</translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation>请阅读还原消息，修复其原因并重新还原；之后再进行协调。</translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation>请重新输入 SSO 管理员用户名和密码，然后重新开始。</translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation>请等待几分钟让设备服务就绪，然后重新检查。</translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation>请检查设备管理界面 (端口 5480) 及其日志，然后重新检查。</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation>请检查主机名的拼写，或使用其 IP 地址或完全限定名称连接。</translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation>请检查设备是否已打开电源，以及端口是否为 443 (或设备使用的端口)。</translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation>请在一分钟后重新检查；如果问题重复出现，请检查您与设备之间的防火墙和代理。</translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation>请检查设备是否在端口 443 上响应来自本计算机的请求 (防火墙、VPN、代理)。</translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation>请检查该地址是否指向设备本身，而不是其他服务或代理。</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate that issued the appliance&apos;s certificate (the appliance offers its VMCA root certificates under /certs/download.zip), or leave the CA file empty.</source>
        <translation>请选择包含颁发该设备证书的 CA 证书的 PEM 文件 (设备在 /certs/download.zip 提供其 VMCA 根证书)，或将 CA 文件留空。</translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation>请检查代理地址；如果可以直接访问设备，请选择“不使用代理”。</translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation>请检查地址以及到设备的网络路径，然后重新连接。</translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation>请检查是否有代理代替设备响应 (尝试“不使用代理”)；如果服务正在重新启动，请等待后重新检查。</translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation>请强制使用另一种 API 类型 (/api 或 /rest) 并重新连接；如果问题重复出现，请保存报告。</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation>信任之前，请将 SHA-256 指纹与设备在其控制台或端口 5480 上显示的指纹进行比较，或选择签署该证书的 CA 文件。</translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation>请使用以下名称之一连接: {names}。</translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation>请续订设备证书 (或修正本计算机的时钟)；仅在核对指纹后才为本次运行信任该证书。</translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation>请询问还原该设备的人员其证书是否已被替换；确认后才可移除旧的证书固定并信任新指纹。</translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation>请修复证书固定文件的权限或将其移走，然后重新连接。</translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation>请暂时取消选中“记住” (密码将仅在本会话期间保存)，或修复密钥环后重试。</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation>请解锁密钥环 (登录桌面会话的钱包)，然后重试。</translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation>请每次输入密码，或安装并解锁密钥环服务。</translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation>请每次输入密码；reconui 不会将密码存储在未加密的密钥环中。</translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation>请重新连接并附加: 作业会在设备上继续运行。如果设备一直无响应，请在端口 5480 上检查。</translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation>请更正地址 (主机名或 IP，端口 1–65535)，然后重新连接。</translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation>请检查增强型链接模式伙伴是否可以解析并在 443 上响应，然后重新还原，再重新开始协调。</translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation>请使链接模式伙伴可以访问，然后重新开始；或者选中“忽略警告”后重新开始，但此节点上在备份之后所做的更改将会丢失。</translation>
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
        <translation>失败</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>未监控</translation>
    </message>
    <message>
        <source>NO JOB</source>
        <translation>无作业</translation>
    </message>
    <message>
        <source>LAST JOB FINISHED</source>
        <translation>上一个作业已结束</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation>链接模式伙伴</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation>更改延迟</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (请先连接)</translation>
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
            <numerusform>%n 个更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>显示{field}</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation>3. 预检</translation>
    </message>
    <message>
        <source>Appliance:</source>
        <translation>设备:</translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation>使用的 API:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>还原:</translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation>链接模式:</translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation>协调作业:</translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation>开始协调(&amp;T)…</translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation>附加到正在运行的作业(&amp;T)</translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation>监控设备上已在运行的作业。</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>重新开始(&amp;G)…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>重新检查(&amp;K)</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (请先连接)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation>未知 (设备未提供)</translation>
    </message>
    <message>
        <source>vCenter Server Appliance</source>
        <translation>vCenter Server Appliance</translation>
    </message>
    <message>
        <source>{product} {version}, build {build}</source>
        <translation>{product} {version}，内部版本 {build}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation>✔ SUCCEEDED — 可以开始协调</translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation>✖ FAILED — {sentence}</translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation>⚠ {state} — 设备仅允许在还原成功后进行协调</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation>⟳ INPROGRESS ({percent}%) — 已不再监控；使用“重新检查”可再次查看</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation>⟳ INPROGRESS ({percent}%) — 正在监控；状态变为 SUCCEEDED 后即可开始协调</translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation>无 — 可以启动</translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation>无 — 正在等待还原</translation>
    </message>
    <message>
        <source>None — a successful restore comes first</source>
        <translation>无 — 需要先成功完成还原</translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation>⟳ RUNNING — 正在下方监控</translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation>⟳ RUNNING ({percent}%)，开始于 {start} — 附加后即可监控</translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation>{mark} 上次运行: {status}，结束于 {end}</translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation>{status} ({percent}%)</translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation>还原未成功完成，因此设备会拒绝启动协调。请完成还原，然后使用“重新检查”。</translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation>尽管已运行过协调作业，仍启动新的协调作业。</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>会话令牌</translation>
    </message>
    <message>
        <source>health level</source>
        <translation>运行状况级别</translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation>{where} 必须是对象，但实际为 {type}</translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation>{where} 必须是数组，但实际为 {type}</translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation>{where} 必须是字符串，但实际为 {type}</translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation>{where} 必须是整数，但实际为 {type}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation>{where} 必须是数值，但实际为 {type}</translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation>{where} 必须是布尔值，但实际为 {type}</translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation>{where} 必须是对象或键/值数组，但实际为 {type}</translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation>{where} 必须是 RFC 3339 日期时间字符串，但实际为 {type}</translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation>{where} 超出 64 位整数范围</translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation>{where} 超出双精度浮点数的范围</translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation>{where} 必须是有限数值</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>缺少 {where}</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} 为空</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation>{where} 不是 RFC 3339 日期时间</translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation>{where} 的 UTC 偏移量无效</translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation>{where} 不是有效的日期时间</translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation>{where} 含有非字符串的键</translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation>{where} 的嵌套层级过深</translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation>无法读取 {where} ({kind})</translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation>{where} 的长度为 {length} 个字符 (最多接受 {limit} 个)</translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation>{where} 为空或包含 HTTP 标头中不允许的字符</translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation>缺少 {where} (应为 /rest “value” 封装)</translation>
    </message>
    <message>
        <source>the brackets around the IPv6 address are unbalanced</source>
        <translation>IPv6 地址两侧的方括号不匹配</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>只有 IPv6 地址才能放在方括号中</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>包含空格或控制字符</translation>
    </message>
    <message>
        <source>it contains &apos;%&apos; (percent-encoding or an IPv6 zone index is not supported)</source>
        <translation>包含 &apos;%&apos; (不支持百分号编码或 IPv6 区域索引)</translation>
    </message>
    <message>
        <source>it contains a user name or password; give the user separately</source>
        <translation>包含用户名或密码；请单独提供用户</translation>
    </message>
    <message>
        <source>enter only the host name or address, without https://, a path or a port</source>
        <translation>请仅输入主机名或地址，不要包含 https://、路径或端口</translation>
    </message>
    <message>
        <source>it is neither a host name nor an IPv6 address</source>
        <translation>既不是主机名也不是 IPv6 地址</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>点之间有空的部分</translation>
    </message>
    <message>
        <source>a part of a host name cannot begin or end with &apos;-&apos;</source>
        <translation>主机名的各部分不能以 &apos;-&apos; 开头或结尾</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>主机名只能包含字母、数字、&apos;-&apos; 和 &apos;.&apos;</translation>
    </message>
    <message>
        <source>the proxy URL must not have a path, query or fragment (expected http://host:port)</source>
        <translation>代理 URL 不应包含路径、查询或片段 (应为 http://host:port)</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>不是有效的 IPv4 地址</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>仅支持 https:// 地址</translation>
    </message>
    <message>
        <source>it contains a user name or password; enter the user name in its own field (--user)</source>
        <translation>包含用户名或密码；请在单独的字段 (--user) 中输入用户名</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing bracket</source>
        <translation>IPv6 地址缺少右方括号</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>IPv6 地址后有意外的文本</translation>
    </message>
    <message>
        <source>no proxy address was given</source>
        <translation>未提供代理地址</translation>
    </message>
    <message>
        <source>an IPv6 proxy address goes in brackets: http://[::1]:3128</source>
        <translation>IPv6 代理地址需放在方括号中: http://[::1]:3128</translation>
    </message>
    <message>
        <source>a host name has at most {limit} characters</source>
        <translation>主机名最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>each part of a host name has at most {limit} characters</source>
        <translation>主机名的每个部分最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>{scheme}:// proxies are not supported, only http://host:port</source>
        <translation>不支持 {scheme}:// 代理，仅支持 http://host:port</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>没有内容类型</translation>
    </message>
    <message>
        <source>truncated or malformed HTTP answer: {cause}</source>
        <translation>HTTP 响应被截断或格式错误: {cause}</translation>
    </message>
    <message>
        <source>HTTP {status}, JSON nested too deeply</source>
        <translation>HTTP {status}，JSON 嵌套层级过深</translation>
    </message>
    <message>
        <source>HTTP {status}, empty body</source>
        <translation>HTTP {status}，正文为空</translation>
    </message>
    <message>
        <source>HTTP {status}, truncated or malformed JSON</source>
        <translation>HTTP {status}，JSON 被截断或格式错误</translation>
    </message>
    <message>
        <source>HTTP {status}, {kind} instead of JSON</source>
        <translation>HTTP {status}，返回的是 {kind} 而不是 JSON</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP {status})</source>
        <translation>意外的重定向 (HTTP {status})</translation>
    </message>
    <message>
        <source>HTTP {status}, an answer larger than {megabytes} MB</source>
        <translation>HTTP {status}，响应大于 {megabytes} MB</translation>
    </message>
    <message>
        <source>the API flavour must be auto, api or rest</source>
        <translation>API 类型必须是 auto、api 或 rest</translation>
    </message>
    <message>
        <source>the CA file {path} cannot be used ({why})</source>
        <translation>无法使用 CA 文件 {path} ({why})</translation>
    </message>
    <message>
        <source>the proxy address is not a valid URL ({why})</source>
        <translation>代理地址不是有效的 URL ({why})</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>服务器未提供证书</translation>
    </message>
    <message>
        <source>the certificate&apos;s fingerprint has changed</source>
        <translation>证书的指纹已更改</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>无法读取服务器的证书</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation>还原 %p%</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>还原进度</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>停止监控</translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation>停止监控还原。还原会在设备上继续进行；使用“重新检查”可再次查看。</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>还原消息</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation>作业状态: {status}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <translation>此证书已过期。</translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>此证书尚未生效 (请检查本计算机的时钟)。</translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <translation>证书是为其他名称颁发的 — {address}</translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation>未知证书 — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation>&lt;b&gt;{address} 的证书由本计算机信任的颁发机构签名，但它是为其他名称颁发的。&lt;/b&gt;&lt;br&gt;尚未发送任何内容。请使用以下名称之一连接:</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>连接到 {name}</translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation>如果本计算机无法解析这些名称中的任何一个，您可以在核对指纹后改为固定此证书。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation>&lt;b&gt;{address} 提供的证书不受本计算机信任。&lt;/b&gt;&lt;br&gt;尚未向其发送任何内容。信任之前，请将下方的 SHA-256 指纹与设备上显示的指纹 (例如 vSphere Client 中的&lt;i&gt;证书管理&lt;/i&gt;或设备控制台) 进行比较。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>复制指纹(&amp;Y)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>使用者:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>备用名称:</translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation>{issuer}  (自签名)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期:</translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation>SHA-1 (用于旧版界面):</translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation>仍然固定，仅一次(&amp;O)</translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation>仍然固定并记住(&amp;R)</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>仅信任一次(&amp;O)</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>信任并记住(&amp;R)</translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation>在关闭 reconui 之前接受此证书。</translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation>现在以及今后连接到 {address} 时接受此证书。</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation>受信任的证书 — reconui</translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation>您选择信任并记住的证书，按地址列出。证书固定保存在 {path} 中。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation>已移除 {address} 的证书固定。下次连接时将再次询问。</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>无法读取 {path} ({reason})。</translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation>{path} 不是由“host:port sha256”行组成的列表 ({reason})。未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation>
            <numerusform>已导入 %n 个受信任的证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation>无法将列表写入 {path} ({reason})。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 个受信任的证书导出到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation>要移除 {address} 的受信任证书吗? 下次连接时将再次显示其证书并询问您。</translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation>要移除证书固定吗?</translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation>导入受信任的证书</translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation>证书固定列表 (*.txt *.pins);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation>导出受信任的证书</translation>
    </message>
</context>
</TS>
