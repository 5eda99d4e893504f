<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten ({kind}). Details stehen im Protokollordner: {folder}</translation>
    </message>
</context>
<context>
    <name>ApplianceMessages</name>
    <message>
        <source>Authentication required.</source>
        <translation>Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>This method requires authentication.</source>
        <translation>Diese Methode erfordert eine Authentifizierung.</translation>
    </message>
    <message>
        <source>Unable to find operations for URL: %s.</source>
        <translation>Für die URL wurden keine Vorgänge gefunden: %s.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>Die CA-Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation>{path} ist ein Ordner, keine CA-Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation>Die CA-Datei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>{path} enthält kein Zertifikat im PEM-Format (Text, der mit -----BEGIN CERTIFICATE----- beginnt).</translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation>Der Zertifikatstext in {path} ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation>Zertifikat geändert – {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation>&lt;b&gt;Das Zertifikat von {address} ist nicht das, dem Sie vertraut haben. reconui hat angehalten und nichts gesendet.&lt;/b&gt;&lt;br&gt;Das kann ein Angriff sein oder eine legitime Änderung: Eine Wiederherstellung oder eine Zertifikatserneuerung ersetzt das Appliance-Zertifikat. Überprüfen Sie den neuen Fingerabdruck auf der Appliance selbst, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bisher vertraut&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetzt vorgelegt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation>Vertrauter SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>Vorgelegter SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>Neuer Antragsteller:</translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation>Neuer Aussteller:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation>Neue Gültigkeit:</translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation>Wenn Sie geprüft haben, dass die Änderung legitim ist, entfernen Sie den alten gespeicherten Fingerabdruck und verbinden Sie sich erneut: Dann wird Ihnen das neue Zertifikat zur Prüfung angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation>Alten Fingerabdruck &amp;vergessen…</translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation>Alten Fingerabdruck vergessen?</translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation>Den vertrauten Fingerabdruck für {address} entfernen? Dieser Schritt vertraut noch nichts: Bei der nächsten Verbindung werden Sie zum neuen Zertifikat gefragt.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation>Keine Linked-Mode-Partner: Dieser Knoten ist eigenständig.</translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation>
            <numerusform>%n Replikationsverbindung, alle Partner erreichbar.</numerusform>
            <numerusform>%n Replikationsverbindungen, alle Partner erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation>Keine Antwort von Linked-Mode-Partner {partners}. Der Abgleich warnt deswegen und schlägt fehl, sofern Warnungen nicht ignoriert werden; ignorieren Sie sie, gehen Änderungen nach der Sicherung auf diesem Knoten verloren.</translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation>Partnerstatus nicht verfügbar: Diese Appliance stellt den Replikationsstatus nicht bereit (verfügbar ab vSphere 6.7 Update 2).</translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation>Partnerstatus nicht verfügbar: Der Benutzer darf den Replikationsstatus nicht lesen (HTTP 403).</translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation>Partnerstatus nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation>Werden Warnungen ignoriert, läuft der Abgleich ohne {partners} weiter: Änderungen nach der Sicherung auf diesem Knoten gehen verloren.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation>Die Wiederherstellung läuft noch ({progress} %); vor dem Start wird auf ihren Abschluss gewartet.</translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation>Die Wiederherstellung wurde erfolgreich abgeschlossen; der Abgleich kann starten.</translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation>Integrität von {name}: grün.</translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation>Integrität von {name} ist gelb: funktionsfähig, aber mit einigen Problemen. Prüfen Sie sie in der Appliance-Verwaltungsschnittstelle (Port 5480, Überwachen), bevor Sie das vCenter zurückgeben.</translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation>Integrität von {name} ist orange: beeinträchtigt, möglicherweise mit ernsten Problemen. Prüfen Sie sie jetzt in der Appliance-Verwaltungsschnittstelle (Port 5480, Überwachen).</translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation>Integrität von {name} ist rot: nicht verfügbar oder kurz vor dem Ausfall. Beheben Sie das, bevor jemand dieses vCenter verwendet (Appliance-Verwaltungsschnittstelle, Port 5480).</translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation>Integrität von {name} ist grau: noch keine Integritätsdaten.</translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation>Integrität von {name} konnte nicht geprüft werden: nach {minutes} Minuten noch immer keine Integritätsdaten.</translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation>Integrität von {name} ist {level}, eine Stufe, die reconui nicht kennt. Prüfen Sie sie auf der Appliance.</translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation>Dienst {service}: STARTED, HEALTHY.</translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation>Dienst {service} startet automatisch, hat aber den Status {state}. Starten Sie ihn (vSphere Client: Verwaltung, Systemkonfiguration, Dienste; oder auf der Appliance: service-control --start {service}).</translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation>Dienst {service} hat noch den Status {state}.</translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation>Dienst {service} hat nach {minutes} Minuten noch den Status {state}. Prüfen Sie ihn auf der Appliance (service-control --status {service}) und starten Sie ihn, falls er nicht hochfährt.</translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation>Dienst {service} läuft DEGRADED. Lesen Sie seine Integritätsmeldungen, prüfen Sie sein Protokoll auf der Appliance und starten Sie ihn neu (service-control --restart {service}).</translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation>Dienst {service} läuft HEALTHY_WITH_WARNINGS. Lesen Sie seine Integritätsmeldungen, bevor Sie das vCenter zurückgeben.</translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation>Dienst {service} hat den Status STARTED mit der Integrität {health}, die reconui nicht kennt.</translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation>{name} wurde nicht geprüft: Diese Appliance stellt es nicht bereit (HTTP 404).</translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation>{name} antwortet noch nicht: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation>{name} konnte nicht geprüft werden: {reason}</translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation>Fehlerfrei: Gesamtintegrität grün, alle Subsysteme grün, alle automatischen Dienste STARTED und HEALTHY.</translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation>Fehlerfrei, soweit diese Appliance es beurteilen kann: Alles, was sie bereitstellt, ist grün und gestartet ({missing} nicht bereitgestellt).</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation>
            <numerusform>Handlungsbedarf: %n Problem nach dem Abgleich, mit dem nächsten Schritt aufgeführt.</numerusform>
            <numerusform>Handlungsbedarf: %n Probleme nach dem Abgleich, jeweils mit dem nächsten Schritt aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation>Konnte nicht geprüft werden: {reason}</translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation>Diese Appliance stellt keinen der Integritätsendpunkte bereit (HTTP 404).</translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation>Die Prüfung wurde beendet, bevor sich die Integrität stabilisiert hatte.</translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation>Starten noch: {names}. Erneute Prüfung bis spätestens {time}.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>1. Appliance</source>
        <translation>1. Appliance</translation>
    </message>
    <message>
        <source>vcsa.example.com or 10.0.0.5</source>
        <translation>vcsa.example.com oder 10.0.0.5</translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation>Hostname oder Adresse der Appliance</translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation>Hostname oder IP-Adresse der vCenter Server Appliance. Zuletzt verwendete Hosts stehen in der Liste.</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation>443 ist die vSphere API. Manche Administratoren verwenden den Verwaltungsport 5480 der Appliance, über den sich der Job ebenfalls verfolgen lässt.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation>Automatisch (/api bevorzugt)</translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation>/api (vSphere 7.0 U2 und höher)</translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation>/rest (6.5 und höher, veraltet)</translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation>API-Variante</translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation>„Automatisch“ erkennt die Variante bei der Anmeldung; erzwingen Sie eine, falls die Erkennung die falsche wählt.</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>AP&amp;I:</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation>Kein Proxy (direkt)</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>Prox&amp;y URL:</source>
        <translation>Prox&amp;y-URL:</translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation>optional, z. B. das VMCA-Stammzertifikat der Appliance (.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation>Eine PEM-Datei mit zusätzlichen vertrauenswürdigen CA-Zertifikaten, ergänzend zum Zertifikatspeicher dieses Computers.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>CA-Zertifikatsdatei suchen</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation>Integrierten Simulator ausprobieren</translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation>Startet eine simulierte Appliance auf diesem Computer. So sehen Sie, wie ein Abgleich abläuft, bevor Sie eine echte Appliance anfassen.</translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse der Appliance ein.</translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation>Der Host ist ungültig: {reason}.</translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation>Geben Sie die Proxy-URL ein oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation>Geben Sie den Proxy als http://host:port ein, z. B. http://proxy.example.com:3128 ({reason}).</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation>Geben Sie einen Port zwischen 1 und 65535 ein (443 für die vSphere API).</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation>2. Anmeldedaten</translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation>vCenter-Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>vCenter-Benutzer</translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation>Der Benutzer, der sich an der API der Appliance anmeldet, z. B. administrator@vsphere.local.</translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation>vCenter-Kenn&amp;wort:</translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation>vCenter-Kennwort</translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation>&amp;SSO-Administrator:</translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation>SSO-Administratorbenutzer</translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation>Der vCenter Single Sign-On-Administrator, den der Abgleichsjob benötigt.</translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation>SSO-&amp;Kennwort:</translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation>SSO-Administratorkennwort</translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation>Warnungen ig&amp;norieren</translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation>Enhanced Linked Mode: Sind Replikationspartner nicht erreichbar, läuft der Job trotzdem weiter, und Änderungen nach der Sicherung gehen verloren.</translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation>Merken (Schlüsselbund wird geprüft…)</translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation>reconui prüft, ob ein sicherer Kennwortspeicher verfügbar ist.</translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation>Merken in: {backend}</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Im Systemschlüsselbund merken</translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation>Merken (Schlüsselbund {backend} ist gesperrt)</translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation>Merken (kein sicherer Schlüsselbund verfügbar)</translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation>Der Kennwortspeicher ({backend}) ist gesperrt. Entsperren Sie ihn und starten Sie reconui neu, um Kennwörter zu speichern; bis dahin werden sie nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation>Kennwörter können nicht gespeichert werden: Es ist kein sicherer Kennwortspeicher verfügbar. Sie werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation>vCenter-Kennwort merken: {state}</translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation>SSO-Kennwort merken: {state}</translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation>Geben Sie den vCenter-Benutzer ein.</translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation>Geben Sie das vCenter-Kennwort ein.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation>Geben Sie den SSO-Administratorbenutzer ein.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation>Geben Sie das SSO-Administratorkennwort ein.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <translation>Abgleichsjob auf {address} starten?</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO-Administrator: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation>Warnungen ignorieren: JA – sind Enhanced Linked Mode-Partner nicht erreichbar, gehen Änderungen nach der Sicherung verloren.</translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation>Warnungen ignorieren: nein – der Job stoppt bei Validierungswarnungen.</translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation>Auf dieser Appliance wurde bereits ein Abgleichsjob ausgeführt. Ein neuer Job beginnt den Abgleich wieder von vorn.</translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation>Der Job kann nach dem Start nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation>Überwachung des Jobs beenden?</translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation>Wenn Sie reconui schließen, endet die Überwachung des Abgleichsjobs.</translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation>Wenn Sie reconui beenden, endet die Überwachung des Abgleichsjobs.</translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation>Wenn Sie die Verbindung trennen, endet die Überwachung des Abgleichsjobs.</translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation>Überwachung des Abgleichsjobs beenden?</translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation>Der Job selbst kann nicht abgebrochen werden: Er läuft auf der Appliance weiter. Um ihn wieder zu sehen, verbinden Sie sich mit derselben Appliance und wählen Sie „Laufenden Job überwachen“; reconui-cli status leistet dasselbe.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>Trotzdem &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation>Trotzdem &amp;trennen</translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation>Überwachung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>&amp;Weiter überwachen</translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation>Abgleich starten?</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Erneut starten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <translation>Die Appliance hat Benutzername und Kennwort nicht akzeptiert, oder die Sitzung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation>Die Appliance hat Benutzername und Kennwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation>Der Benutzer darf diese Aktion nicht ausführen. Appliance-Vorgänge erfordern einen SSO-Benutzer in der Gruppe SystemConfiguration.Administrators.</translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation>Die Appliance kennt dieses Objekt nicht (beim Abgleichsjob: Es wurde kein Job gestartet).</translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation>Die Appliance ist ausgelastet: Eine Sicherung, Wiederherstellung oder ein Abgleich läuft bereits.</translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation>Die Appliance lässt dies derzeit nicht zu. Der Abgleich kann erst starten, wenn die Wiederherstellung erfolgreich abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation>Die Wiederherstellung läuft noch ({progress} %). Der Abgleich kann erst starten, wenn sie erfolgreich abgeschlossen ist: Warten Sie darauf (reconui-cli: --wait-for-restore).</translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation>Der Wiederherstellungsjob ist fehlgeschlagen (FAILED), daher kann der Abgleich nicht starten. Lesen Sie die Meldungen der Wiederherstellung, beheben Sie die Ursache und führen Sie die Wiederherstellung erneut aus (Appliance-Verwaltungsschnittstelle, Port 5480).</translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation>Die Appliance hat die Anforderung abgelehnt. Prüfen Sie Benutzername und Kennwort des SSO-Administrators.</translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation>Die Dienste der Appliance sind derzeit nicht verfügbar (HTTP {status}).</translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation>Die Appliance hat einen Fehler gemeldet (HTTP {status}).</translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation>Der Name {host} konnte nicht aufgelöst werden. Prüfen Sie den Hostnamen und Ihre DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation>{host} hat die Verbindung an Port {port} abgelehnt. Läuft die Appliance, und stimmt der Port?</translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation>Die Verbindung zu {host} wurde unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation>Die sichere Verbindung (TLS) zu {host} konnte nicht aufgebaut werden: {reason}</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation>Über den Proxy {proxy} konnte {host} nicht erreicht werden: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation>Verbindung zu {host} nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation>Die Appliance hat eine unbrauchbare Antwort gesendet ({reason}).</translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation>Die Antwort der Appliance hatte nicht die erwartete Form: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation>Das Zertifikat von {host} ist nicht von einer Zertifizierungsstelle signiert, der dieser Computer vertraut. Prüfen Sie seinen SHA-256-Fingerabdruck {sha256} mit dem Administrator der Appliance, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation>Das Zertifikat von {host} ist von einer vertrauenswürdigen Zertifizierungsstelle signiert, wurde aber für andere Namen ausgestellt ({names}), nicht für die eingegebene Adresse.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation>Das Zertifikat von {host} ist derzeit nicht gültig (gültig bis {not_after}), auch wenn seiner Zertifizierungsstelle vertraut werden mag. Prüfen Sie die Uhr dieses Computers und das Appliance-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation>Das Zertifikat von {host} hat sich geändert, seit Sie ihm vertraut haben (bisher {pinned}, jetzt {sha256}). Es wurde nichts gesendet. Eine Wiederherstellung kann das Zertifikat legitim ersetzen: Überprüfen Sie den neuen Fingerabdruck, bevor Sie ihm erneut vertrauen.</translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation>Die Datei mit den Fingerabdrücken vertrauenswürdiger Zertifikate {path} ist nicht verwendbar ({reason}). Es wurde nichts gesendet. Reparieren oder entfernen Sie die Datei und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not be used.</source>
        <translation>Der Kennwortspeicher ({store}) konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not read the password.</source>
        <translation>Der Kennwortspeicher ({store}) konnte das Kennwort nicht lesen.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not save the password.</source>
        <translation>Der Kennwortspeicher ({store}) konnte das Kennwort nicht speichern.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not delete the password.</source>
        <translation>Der Kennwortspeicher ({store}) konnte das Kennwort nicht löschen.</translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation>Der Kennwortspeicher ({store}) ist gesperrt. Entsperren Sie ihn, um Kennwörter zu speichern oder zu lesen.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation>Auf diesem Computer ist kein sicherer Kennwortspeicher verfügbar (zum Beispiel kein Secret Service in einer Sitzung ohne Desktop oder über SSH). Kennwörter werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation>Der einzige verfügbare Kennwortspeicher ({store}) legt Kennwörter ohne echten Schutz in einer Datei ab. reconui verwendet ihn nicht; Kennwörter werden nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation>Warten nach {minutes} Minuten ohne verwertbare Antwort der Appliance beendet.</translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation>Die Serveradresse {value} ist ungültig: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation>5. Integrität nach dem Abgleich</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>Integritätsbefunde</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation>Befund und nächster Schritt</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung beenden</translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation>Beendet die wiederholte Prüfung, solange Dienste noch starten. Das Ergebnis des Jobs bleibt unverändert; die Integrität wird dann als nicht geprüft gemeldet.</translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation>NOCH NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation>Integrität: noch nicht geprüft</translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation>Die Integrität der Appliance wird geprüft, sobald der Job SUCCEEDED meldet.</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>WIRD GEPRÜFT</translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation>Integrität: wird geprüft</translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation>Die Dienste stabilisieren sich nach dem Abgleich noch; erneute Prüfung.</translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation>Integrität der Appliance wird geprüft…</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>FEHLERFREI</translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation>HANDLUNGSBEDARF</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation>Integrität: {verdict}</translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation>In Ordnung ({count}): {names}</translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation>Integrität: {text}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation>Verlauf – reconui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation>{outcome} (Simulation)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation>
            <numerusform>%n Lauf im Berichtsordner, neuester zuerst.</numerusform>
            <numerusform>%n Läufe im Berichtsordner, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <translation>4. Abgleichsjob</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>Translators: the progress bar&apos;s text; %p is the percentage (Qt fills it in)</extracomment>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Jobfortschritt</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Verstrichen:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation>Meldungen filtern (Text oder ID)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Meldungen filtern</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>Übe&amp;rwachung beenden</translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation>Beendet die Überwachung. Der Job selbst kann nicht abgebrochen werden und läuft auf der Appliance weiter; verbinden Sie sich später erneut, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Be&amp;richt speichern…</translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation>&amp;Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Protoko&amp;llordner öffnen</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>&amp;Erneut starten…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Zeit ({zone})</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>NICHT GESTARTET</translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation>Es wird kein Job überwacht.</translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation>Auf der Appliance läuft ein Abgleichsjob, der noch nicht überwacht wird. Verwenden Sie „Laufenden Job überwachen“, um ihn zu verfolgen.</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>ERFOLGREICH</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation>Der letzte Abgleichsjob auf dieser Appliance war erfolgreich (beendet am {end}).</translation>
    </message>
    <message>
        <source>FAILED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation>Der letzte Abgleichsjob auf dieser Appliance ist fehlgeschlagen (beendet am {end}).</translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation>Die Appliance meldet einen Job im Status {status}.</translation>
    </message>
    <message>
        <source>STARTING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>WIRD GESTARTET</translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation>WIRD VERBUNDEN</translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation>Die Appliance wird aufgefordert, den Job zu starten…</translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation>Verbindung zum laufenden Job wird hergestellt…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation>Der Job wurde gestartet.</translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation>Der bereits laufende Job wird überwacht.</translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation>Läuft – letzte Änderung gesehen um {time}.</translation>
    </message>
    <message>
        <source>WAITING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>WARTET</translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation>Die Adresse antwortet, aber nicht wie die API der Appliance (antwortet stattdessen ein Proxy oder das Netzwerk?): {reason}</translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation>Appliance-Dienste werden neu gestartet: {reason}</translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation>Unter der Adresse der Appliance antwortet etwas anderes als die Appliance (ein Proxy oder das Netzwerk?) – es wird gewartet (bis {time}).</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation>Appliance-Dienste werden neu gestartet – es wird gewartet (bis {time}). Das ist während des Abgleichs normal.</translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation>
            <numerusform>{waited} gewartet, %n Versuch; weitere Versuche bis {time}.</numerusform>
            <numerusform>{waited} gewartet, %n Versuche; weitere Versuche bis {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation>{time}: Die Appliance antwortet wieder nach {seconds} s Dienstneustart.</translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation>{time}: Die Sitzung war abgelaufen; erneut angemeldet, Überwachung läuft weiter.</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>NICHT ÜBERWACHT</translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation>Überwachung beendet. Der Abgleichsjob läuft auf der Appliance weiter; verbinden Sie sich später erneut, um das Ergebnis zu prüfen, oder verwenden Sie bei bestehender Verbindung „Laufenden Job überwachen“.</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>spätestens {time}</translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation>Abgleich erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation>Abgleich fehlgeschlagen. Der Fehler der Appliance wird unten angezeigt.</translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation>Die Appliance hat keine Details angegeben.</translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation>Bericht automatisch gespeichert: {links}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Gespeichert in {folder}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Passwords are remembered in {name}.</source>
        <translation>Kennwörter werden in {name} gespeichert.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>Der Schlüsselbund konnte nicht geöffnet werden.</translation>
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
        <translation>Das Zertifikat von {address} hat sich geändert, seit Sie ihm vertraut haben. Es wurde nichts gesendet; der Dialog zeigt beide Fingerabdrücke.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>Zertifikat wird geprüft…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation>Zertifikat von einer vertrauenswürdigen Zertifizierungsstelle bestätigt (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation>Zertifikat für diese Sitzung vertraut (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation>Zertifikat dauerhaft vertraut (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation>Zertifikat von {address} wird geprüft…</translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation>Anmeldung bei {address}…</translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation>Nicht verbunden: Dem Zertifikat von {address} wurde nicht vertraut. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation>Der Fingerabdruck konnte nicht gespeichert werden; dem Zertifikat wird nur für diese Sitzung vertraut.</translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation>Verbindung über den Zertifikatsnamen {name}…</translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation>Angehalten: Das Zertifikat von {address} hat sich geändert. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation>Der alte gespeicherte Fingerabdruck konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation>Der alte gespeicherte Fingerabdruck für {address} wurde entfernt. Verbinden Sie sich erneut, um das neue Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation>Der integrierte Simulator konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation>SIMULATION – der integrierte Appliance-Simulator von reconui läuft auf {address} (Szenario „{scenario}“). Kein echtes vCenter wird verändert.</translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation>Ein gespeichertes Kennwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation>Das Kennwort konnte nicht im Schlüsselbund gespeichert werden. Es wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation>Prüft das Zertifikat, meldet sich an und sieht sich die Appliance an. Es wird noch nichts gestartet.</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation>Verbunden mit {address} · /{flavor}</translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation>Der Job meldet SUCCEEDED, aber die Appliance ist noch nicht fehlerfrei: siehe „Integrität nach dem Abgleich“.</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation>Appliance-Dienste werden neu gestartet – es wird gewartet (bis {time})…</translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation>Warten auf die Appliance</translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation>Die Appliance antwortet wieder (nach {seconds} s).</translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation>Die Sitzung war abgelaufen; erneut angemeldet.</translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation>Abgleich erfolgreich – {host}</translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation>Der Abgleichsjob wurde erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation>Abgleich FEHLGESCHLAGEN – {host}</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>Der Job ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation>reconui braucht Sie – {host}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Die Details stehen in der Protokolldatei (Hilfe → Protokollordner öffnen).</translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation>Die Überwachung wurde wegen eines internen Fehlers beendet.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation>&amp;Letzten Bericht öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>&amp;Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>Vertrauenswürdige &amp;Zertifikate…</translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation>Be&amp;richtsordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation>Integrierten &amp;Simulator ausprobieren</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Protoko&amp;llordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation>Ü&amp;ber reconui</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Bericht: {path}</translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation>Es gibt noch keinen Bericht. Jeder Lauf schreibt einen nach {path}.</translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation>reconui {version} – Zusammenfassung des Abgleichs</translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation>Appliance: {address}</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <source>API: /{flavor}</source>
        <translation>API: /{flavor}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation>Zertifikat SHA-256: {sha}</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO-Administrator: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: yes</source>
        <translation>Warnungen ignorieren: ja</translation>
    </message>
    <message>
        <source>Ignore warnings: no</source>
        <translation>Warnungen ignorieren: nein</translation>
    </message>
    <message>
        <source>Result: {status}</source>
        <translation>Ergebnis: {status}</translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation>Fortschritt: {percent} %</translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation>Gestartet: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>Beendet: {time}</translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Meldungen:</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Zusammenfassung in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Der Bericht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Bericht gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>Berichtsordner</translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation>{what} {path} konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation>{what}: {path} (falls sich kein Dateimanager öffnet, öffnen Sie ihn manuell)</translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation>Es konnte kein Dateimanager geöffnet werden. {what}: {path}</translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation>Über reconui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Führt den Abgleichsjob der vCenter Server Appliance nach einer Wiederherstellung aus und überwacht ihn.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Protokolle: {logs}&lt;br&gt;Berichte: {reports}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{address} · /{flavor} · {user} · {trust}</source>
        <translation>{address} · /{flavor} · {user} · {trust}</translation>
    </message>
    <message>
        <source>SIMULATION · {summary}</source>
        <translation>SIMULATION · {summary}</translation>
    </message>
    <message>
        <source>{status} {percent} %</source>
        <translation>{status} {percent} %</translation>
    </message>
    <message>
        <source>{state} — {host} — reconui</source>
        <translation>{state} – {host} – reconui</translation>
    </message>
    <message>
        <source>{host} — reconui</source>
        <translation>{host} – reconui</translation>
    </message>
    <message>
        <source>reconui — vCenter reconciliation</source>
        <translation>reconui – vCenter-Abgleich</translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation>[SIMULATION] {title}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>MessagesTable</name>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Meldungs-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation>Jobmeldungen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <translation>Prüfen Sie den vCenter-Benutzernamen, geben Sie das Kennwort erneut ein und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation>Melden Sie sich mit einem SSO-Benutzer der Gruppe SystemConfiguration.Administrators an (zum Beispiel administrator@vsphere.local).</translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation>Noch nichts zu überwachen: Verbinden Sie sich erneut und starten Sie den Abgleich aus der Vorabprüfung.</translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation>Warten Sie, bis die laufende Sicherung, Wiederherstellung oder der laufende Abgleich abgeschlossen ist (siehe Appliance-Verwaltungsschnittstelle an Port 5480), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation>Wiederholen Sie die Wiederherstellung, bis der Wiederherstellungsjob SUCCEEDED meldet, und starten Sie dann den Abgleich.</translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation>Warten Sie, bis die Wiederherstellung abgeschlossen ist (oder verwenden Sie --wait-for-restore), und starten Sie dann den Abgleich.</translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation>Lesen Sie die Meldungen der Wiederherstellung, beheben Sie die Ursache und wiederholen Sie die Wiederherstellung; danach folgt der Abgleich.</translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation>Geben Sie Benutzername und Kennwort des SSO-Administrators erneut ein und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation>Warten Sie einige Minuten auf die Appliance-Dienste und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation>Prüfen Sie die Appliance-Verwaltungsschnittstelle (Port 5480) und ihre Protokolle und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation>Prüfen Sie die Schreibweise des Hostnamens oder verbinden Sie sich über die IP-Adresse oder den vollqualifizierten Namen.</translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation>Prüfen Sie, ob die Appliance eingeschaltet ist und der Port 443 lautet (oder der von ihr verwendete).</translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation>Prüfen Sie in einer Minute erneut; tritt es wieder auf, prüfen Sie Firewalls und Proxys zwischen Ihnen und der Appliance.</translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation>Prüfen Sie, ob die Appliance von diesem Computer aus an Port 443 antwortet (Firewall, VPN, Proxy).</translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation>Prüfen Sie, ob die Adresse auf die Appliance selbst zeigt und nicht auf einen anderen Dienst oder Proxy.</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate that issued the appliance&apos;s certificate (the appliance offers its VMCA root certificates under /certs/download.zip), or leave the CA file empty.</source>
        <translation>Wählen Sie eine PEM-Datei mit dem CA-Zertifikat, das das Zertifikat der Appliance ausgestellt hat (die Appliance bietet ihre VMCA-Stammzertifikate unter /certs/download.zip an), oder lassen Sie die CA-Datei leer.</translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation>Prüfen Sie die Proxy-Adresse oder wählen Sie „Kein Proxy“, wenn die Appliance direkt erreichbar ist.</translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation>Prüfen Sie die Adresse und den Netzwerkpfad zur Appliance und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation>Prüfen Sie, ob statt der Appliance ein Proxy antwortet (versuchen Sie „Kein Proxy“); während eines Dienstneustarts warten Sie und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation>Erzwingen Sie die andere API-Variante (/api oder /rest) und verbinden Sie sich erneut; tritt es wieder auf, speichern Sie den Bericht.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation>Vergleichen Sie den SHA-256-Fingerabdruck mit dem, den die Appliance in ihrer Konsole oder an Port 5480 anzeigt, bevor Sie ihm vertrauen, oder wählen Sie die CA-Datei, mit der es signiert wurde.</translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation>Verbinden Sie sich über einen dieser Namen: {names}.</translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation>Erneuern Sie das Appliance-Zertifikat (oder korrigieren Sie die Uhr dieses Computers); vertrauen Sie ihm für diesen Lauf erst, nachdem Sie seinen Fingerabdruck geprüft haben.</translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation>Fragen Sie die Person, die die Appliance wiederhergestellt hat, ob deren Zertifikat ersetzt wurde; erst dann den alten gespeicherten Fingerabdruck entfernen und dem neuen vertrauen.</translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation>Korrigieren Sie die Berechtigungen der Fingerabdruckdatei oder verschieben Sie sie, und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation>Deaktivieren Sie „Merken“ vorerst (das Kennwort gilt dann nur für diese Sitzung) oder reparieren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation>Entsperren Sie den Schlüsselbund (melden Sie sich bei der Kennwortverwaltung Ihrer Desktop-Sitzung an) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation>Geben Sie das Kennwort jedes Mal ein oder installieren und entsperren Sie einen Schlüsselbunddienst.</translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation>Geben Sie das Kennwort jedes Mal ein; reconui speichert keine Kennwörter in einem unverschlüsselten Schlüsselbund.</translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation>Verbinden Sie sich erneut und überwachen Sie den laufenden Job: Er läuft auf der Appliance weiter. Bleibt die Appliance stumm, prüfen Sie sie an Port 5480.</translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation>Korrigieren Sie die Adresse (Hostname oder IP, Port 1–65535) und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation>Prüfen Sie, ob die Enhanced Linked Mode-Partner auflösbar sind und an Port 443 antworten, und wiederholen Sie dann die Wiederherstellung, bevor Sie den Abgleich erneut starten.</translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation>Machen Sie die Linked-Mode-Partner erreichbar und starten Sie erneut; oder starten Sie erneut mit „Warnungen ignorieren“ – im Wissen, dass Änderungen auf diesem Knoten nach der Sicherung dann verloren gehen.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: how a run ended, in capitals like the appliance&apos;s job states (History, summary)</extracomment>
        <translation>ERFOLGREICH</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>NICHT ÜBERWACHT</translation>
    </message>
    <message>
        <source>NO JOB</source>
        <translation>KEIN JOB</translation>
    </message>
    <message>
        <source>LAST JOB FINISHED</source>
        <translation>LETZTER JOB BEENDET</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation>Linked-Mode-Partner</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>Repliziert</translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation>Änderungsrückstand</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (zuerst verbinden)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Translators: a table cell: the partner status could not be read</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Translators: a table cell answering “Reachable?” (yes, or a warning that it is not)
----------
Translators: a table cell answering “Replicating?”</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>✖ NO</source>
        <translation>✖ NEIN</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>Kennwort anzeigen</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>{field} anzeigen</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Kennwort ausblenden</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation>3. Vorabprüfung</translation>
    </message>
    <message>
        <source>Appliance:</source>
        <translation>Appliance:</translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation>Verwendete API:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Wiederherstellung:</translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation>Linked Mode:</translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation>Abgleichsjob:</translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation>Ab&amp;gleich starten…</translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation>Laufenden &amp;Job überwachen</translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation>Den Job überwachen, der auf der Appliance bereits läuft.</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>&amp;Erneut starten…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Erneut prü&amp;fen</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (zuerst verbinden)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation>unbekannt (keine Angabe der Appliance)</translation>
    </message>
    <message>
        <source>vCenter Server Appliance</source>
        <translation>vCenter Server Appliance</translation>
    </message>
    <message>
        <source>{product} {version}, build {build}</source>
        <translation>{product} {version}, Build {build}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation>✔ SUCCEEDED – Abgleich kann starten</translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation>✖ FAILED – {sentence}</translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation>⚠ {state} – die Appliance erlaubt den Abgleich erst nach einer erfolgreichen Wiederherstellung</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation>⟳ INPROGRESS ({percent} %) – wird nicht mehr verfolgt; „Erneut prüfen“ sieht erneut nach</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation>⟳ INPROGRESS ({percent} %) – wird verfolgt; der Abgleich kann starten, sobald SUCCEEDED erreicht ist</translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation>Keiner – bereit zum Start</translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation>Keiner – wartet auf die Wiederherstellung</translation>
    </message>
    <message>
        <source>None — a successful restore comes first</source>
        <translation>Keiner – zuerst ist eine erfolgreiche Wiederherstellung nötig</translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation>⟳ RUNNING – unten überwacht</translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation>⟳ RUNNING ({percent} %), gestartet am {start} – mit „Laufenden Job überwachen“ verfolgen</translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation>{mark} Letzter Lauf: {status}, beendet am {end}</translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation>{status} ({percent} %)</translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation>Die Wiederherstellung wurde nicht erfolgreich abgeschlossen, daher würde die Appliance den Abgleich verweigern. Schließen Sie die Wiederherstellung ab und verwenden Sie dann „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation>Einen neuen Abgleichsjob starten, obwohl bereits einer ausgeführt wurde.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>das Sitzungstoken</translation>
    </message>
    <message>
        <source>health level</source>
        <translation>die Integritätsstufe</translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation>{where} muss ein Objekt sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation>{where} muss ein Array sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation>{where} muss eine Zeichenfolge sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation>{where} muss eine Ganzzahl sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation>{where} muss eine Zahl sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation>{where} muss ein boolescher Wert sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation>{where} muss ein Objekt oder ein Schlüssel-Wert-Array sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation>{where} muss eine Datums-/Uhrzeitangabe nach RFC 3339 sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation>{where} liegt außerhalb des 64-Bit-Ganzzahlbereichs</translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation>{where} ist zu groß für einen Double-Wert</translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation>{where} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>{where} fehlt</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} ist leer</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation>{where} ist keine Datums-/Uhrzeitangabe nach RFC 3339</translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation>{where} hat einen ungültigen UTC-Versatz</translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation>{where} ist keine gültige Datums-/Uhrzeitangabe</translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation>{where} hat einen Schlüssel, der keine Zeichenfolge ist</translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation>{where} ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation>{where} konnte nicht gelesen werden ({kind})</translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation>{where} ist {length} Zeichen lang (höchstens {limit} sind zulässig)</translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation>{where} ist leer oder enthält Zeichen, die in einem HTTP-Header nicht zulässig sind</translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation>{where} fehlt (erwartet wurde eine /rest-Hülle „value“)</translation>
    </message>
    <message>
        <source>the brackets around the IPv6 address are unbalanced</source>
        <translation>die Klammern um die IPv6-Adresse sind nicht ausgeglichen</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>nur eine IPv6-Adresse steht in eckigen Klammern</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>die Angabe ist leer</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>die Angabe enthält Leer- oder Steuerzeichen</translation>
    </message>
    <message>
        <source>it contains &apos;%&apos; (percent-encoding or an IPv6 zone index is not supported)</source>
        <translation>die Angabe enthält &apos;%&apos; (Prozentkodierung oder ein IPv6-Zonenindex wird nicht unterstützt)</translation>
    </message>
    <message>
        <source>it contains a user name or password; give the user separately</source>
        <translation>die Angabe enthält einen Benutzernamen oder ein Kennwort; geben Sie den Benutzer separat an</translation>
    </message>
    <message>
        <source>enter only the host name or address, without https://, a path or a port</source>
        <translation>geben Sie nur den Hostnamen oder die Adresse ein, ohne https://, Pfad oder Port</translation>
    </message>
    <message>
        <source>it is neither a host name nor an IPv6 address</source>
        <translation>die Angabe ist weder ein Hostname noch eine IPv6-Adresse</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>die Angabe hat einen leeren Teil zwischen zwei Punkten</translation>
    </message>
    <message>
        <source>a part of a host name cannot begin or end with &apos;-&apos;</source>
        <translation>ein Teil eines Hostnamens darf nicht mit &apos;-&apos; beginnen oder enden</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>ein Hostname darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <source>the proxy URL must not have a path, query or fragment (expected http://host:port)</source>
        <translation>die Proxy-URL darf keinen Pfad, keine Abfrage und kein Fragment enthalten (erwartet: http://host:port)</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>die Angabe ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>nur https://-Adressen werden unterstützt</translation>
    </message>
    <message>
        <source>it contains a user name or password; enter the user name in its own field (--user)</source>
        <translation>die Angabe enthält einen Benutzernamen oder ein Kennwort; geben Sie den Benutzernamen in seinem eigenen Feld an (--user)</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing bracket</source>
        <translation>der IPv6-Adresse fehlt die schließende Klammer</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>unerwarteter Text nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>no proxy address was given</source>
        <translation>es wurde keine Proxy-Adresse angegeben</translation>
    </message>
    <message>
        <source>an IPv6 proxy address goes in brackets: http://[::1]:3128</source>
        <translation>eine IPv6-Proxy-Adresse steht in eckigen Klammern: http://[::1]:3128</translation>
    </message>
    <message>
        <source>a host name has at most {limit} characters</source>
        <translation>ein Hostname hat höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>each part of a host name has at most {limit} characters</source>
        <translation>jeder Teil eines Hostnamens hat höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>{scheme}:// proxies are not supported, only http://host:port</source>
        <translation>{scheme}://-Proxys werden nicht unterstützt, nur http://host:port</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>truncated or malformed HTTP answer: {cause}</source>
        <translation>abgeschnittene oder fehlerhafte HTTP-Antwort: {cause}</translation>
    </message>
    <message>
        <source>HTTP {status}, JSON nested too deeply</source>
        <translation>HTTP {status}, JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>HTTP {status}, empty body</source>
        <translation>HTTP {status}, leerer Inhalt</translation>
    </message>
    <message>
        <source>HTTP {status}, truncated or malformed JSON</source>
        <translation>HTTP {status}, abgeschnittenes oder fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>HTTP {status}, {kind} instead of JSON</source>
        <translation>HTTP {status}, {kind} statt JSON</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP {status})</source>
        <translation>eine unerwartete Umleitung (HTTP {status})</translation>
    </message>
    <message>
        <source>HTTP {status}, an answer larger than {megabytes} MB</source>
        <translation>HTTP {status}, eine Antwort größer als {megabytes} MB</translation>
    </message>
    <message>
        <source>the API flavour must be auto, api or rest</source>
        <translation>die API-Variante muss auto, api oder rest sein</translation>
    </message>
    <message>
        <source>the CA file {path} cannot be used ({why})</source>
        <translation>die CA-Datei {path} ist nicht verwendbar ({why})</translation>
    </message>
    <message>
        <source>the proxy address is not a valid URL ({why})</source>
        <translation>die Proxy-Adresse ist keine gültige URL ({why})</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>the certificate&apos;s fingerprint has changed</source>
        <translation>der Fingerabdruck des Zertifikats hat sich geändert</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>das Zertifikat des Servers kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation>Wiederherstellung %p %</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Verfolgung beenden</translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation>Beendet die Verfolgung der Wiederherstellung. Sie läuft auf der Appliance weiter; mit „Erneut prüfen“ sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>Meldungen der Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <translation>NICHT GESTARTET</translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation>Jobstatus: {status}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <translation>Dieses Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>Dieses Zertifikat ist noch nicht gültig (prüfen Sie die Uhr dieses Computers).</translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <translation>Zertifikat für andere Namen ausgestellt – {address}</translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation>Unbekanntes Zertifikat – {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation>&lt;b&gt;Das Zertifikat von {address} ist von einer Zertifizierungsstelle signiert, der dieser Computer vertraut, wurde aber für andere Namen ausgestellt.&lt;/b&gt;&lt;br&gt;Es wurde noch nichts gesendet. Verbinden Sie sich über einen dieser Namen:</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>Mit {name} verbinden</translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation>Wenn keiner dieser Namen von diesem Computer aus auflösbar ist, können Sie stattdessen genau diesem Zertifikat vertrauen, nachdem Sie seinen Fingerabdruck geprüft haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation>&lt;b&gt;{address} hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut.&lt;/b&gt;&lt;br&gt;Es wurde noch nichts dorthin gesendet. Vergleichen Sie den SHA-256-Fingerabdruck unten mit dem auf der Appliance angezeigten (zum Beispiel unter &lt;i&gt;Zertifikatsverwaltung&lt;/i&gt; im vSphere Client oder in der Appliance-Konsole), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation>{issuer}  (selbstsigniert)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation>SHA-1 (für ältere Anzeigen):</translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation>Trotzdem &amp;einmal vertrauen</translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation>Trotzdem vertrauen und &amp;merken</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>Vertrauen und &amp;merken</translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation>Diesem Zertifikat vertrauen, bis reconui geschlossen wird.</translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation>Diesem Zertifikat jetzt und bei späteren Verbindungen mit {address} vertrauen.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation>Vertrauenswürdige Zertifikate – reconui</translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation>Zertifikate, denen Sie vertrauen und die Sie gespeichert haben, nach Adresse. Die Fingerabdrücke liegen in {path}.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation>Der gespeicherte Fingerabdruck für {address} wurde entfernt. Bei der nächsten Verbindung wird erneut gefragt.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>{path} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation>{path} ist keine Liste von Zeilen im Format „host:port sha256“ ({reason}). Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation>
            <numerusform>%n vertrauenswürdiges Zertifikat importiert.</numerusform>
            <numerusform>%n vertrauenswürdige Zertifikate importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation>Die Liste konnte nicht nach {path} geschrieben werden ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation>
            <numerusform>%n vertrauenswürdiges Zertifikat nach {path} exportiert.</numerusform>
            <numerusform>%n vertrauenswürdige Zertifikate nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation>Das vertrauenswürdige Zertifikat von {address} entfernen? Bei der nächsten Verbindung wird das Zertifikat erneut angezeigt und nachgefragt.</translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation>Gespeicherten Fingerabdruck entfernen?</translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate importieren</translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation>Fingerabdrucklisten (*.txt *.pins);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate exportieren</translation>
    </message>
</context>
</TS>
