<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vcsa.example.com or 10.0.0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prox&amp;y URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <extracomment>Linked-mode partners pre-flight found not answering (named before the job starts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <extracomment>The translation context of every sentence below.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store ({store}) could not {action} the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <extracomment>The pre-flight check found a running job that is not watched (yet). The pre-flight check found a finished job (SUCCEEDED or FAILED) from an earlier run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <extracomment>The latest outage or re-login note; kept in the running detail until the job ends. The step to take now after a FAILED job or a refusal (also in the summary).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The certificate of {address} has changed since you trusted it. Nothing was sent; the dialog shows both fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <extracomment>The first-start size: both columns readable, and with its frame inside a 1280x800 screen. Room for a window frame and title bar that Qt cannot know before the window is shown. address -&gt; sha256 trusted for this session only (&quot;Trust once&quot;, demo mode). Never written. The SSO fields were asked for (a start needs them) while a job&apos;s result is on screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: /{flavor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore warnings: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore warnings: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} · /{flavor} · {user} · {trust}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATION · {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} — {host} — reconui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} — reconui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconui — vCenter reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesTable</name>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <extracomment>The translation context of every next step below. Keys that are not error codes: a job that ran and ended FAILED. A FAILED job whose validation warned (e.g. an unreachable linked-mode partner) without ignore_warnings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore validation warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance:</source>
        <extracomment>False when the restore state was read and is not SUCCEEDED: the appliance would refuse to start (docs/protocol.md §1.4), so starting is offered but disabled, with the reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter Server Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} {version}, build {build}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <extracomment>The translation context of every reason below.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Background colours chosen for white text: each keeps ≥ 4.5:1 contrast and is readable on light and dark window backgrounds alike.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <extracomment>Name mismatch: connect again using one of the certificate&apos;s names (``TrustDialog.chosen_name``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <extracomment>The certificate name the user chose to connect with (``TrustChoice.USE_NAME``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
