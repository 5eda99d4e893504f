<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation>Si è verificato un errore imprevisto ({kind}). I dettagli sono nella cartella dei log: {folder}</translation>
    </message>
</context>
<context>
    <name>ApplianceMessages</name>
    <message>
        <source>Authentication required.</source>
        <translation>Autenticazione richiesta.</translation>
    </message>
    <message>
        <source>This method requires authentication.</source>
        <translation>Questo metodo richiede l&apos;autenticazione.</translation>
    </message>
    <message>
        <source>Unable to find operations for URL: %s.</source>
        <translation>Impossibile trovare operazioni per l&apos;URL: %s.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Non trovato.</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>Il file CA {path} non esiste.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation>{path} è una cartella, non un file di certificato CA.</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation>Impossibile leggere il file CA {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>{path} non contiene alcun certificato in formato PEM (testo che inizia con -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation>Il testo del certificato in {path} è danneggiato e non può essere letto.</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation>Certificato cambiato — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation>&lt;b&gt;Il certificato di {address} non è quello considerato attendibile. reconui si è fermato e non ha inviato nulla.&lt;/b&gt;&lt;br&gt;Può trattarsi di un attacco o di una modifica legittima: un ripristino o un rinnovo del certificato sostituisce il certificato dell&apos;appliance. Verifichi la nuova impronta digitale sull&apos;appliance stessa prima di considerarla attendibile.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attendibile in precedenza&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Presentato ora&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation>Impronta digitale SHA-256 attendibile</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>Impronta digitale SHA-256 presentata</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>Nuovo soggetto:</translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation>Nuovo emittente:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation>Nuova validità:</translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation>Se ha verificato che la modifica è legittima, rimuova l&apos;impronta fissata precedente e si connetta di nuovo: le verrà mostrato il nuovo certificato da esaminare.</translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation>&amp;Dimentica impronta fissata…</translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation>Dimenticare l&apos;impronta fissata precedente?</translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation>Rimuovere l&apos;impronta digitale attendibile per {address}? Questo passaggio non rende attendibile nulla: alla connessione successiva le verrà chiesto del nuovo certificato.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation>Nessun partner della modalità collegata: questo nodo è autonomo.</translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation>
            <numerusform>%n collegamento di replica, tutti i partner raggiungibili.</numerusform>
            <numerusform>%n collegamenti di replica, tutti i partner raggiungibili.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation>Il partner della modalità collegata {partners} non risponde. La riconciliazione lo segnala e non riesce, a meno che gli avvisi non vengano ignorati; se li ignora, le modifiche apportate su questo nodo dopo il backup vanno perse.</translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation>Stato dei partner non disponibile: questa appliance non fornisce lo stato della replica (disponibile da vSphere 6.7 Update 2).</translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation>Stato dei partner non disponibile: l&apos;utente non è autorizzato a leggere lo stato della replica (HTTP 403).</translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation>Stato dei partner non disponibile: {reason}</translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation>Ignorando gli avvisi, la riconciliazione prosegue senza {partners}: le modifiche apportate su questo nodo dopo il backup vanno perse.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation>Il ripristino è ancora in corso ({progress} %); si attende che termini prima di avviare.</translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation>Il ripristino è terminato correttamente; la riconciliazione può iniziare.</translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation>Integrità di {name}: verde.</translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation>L&apos;integrità di {name} è gialla: integro, ma con alcuni problemi. Lo controlli nell&apos;interfaccia di gestione dell&apos;appliance (porta 5480, Monitoraggio) prima di restituire vCenter agli utenti.</translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation>L&apos;integrità di {name} è arancione: degradato, potrebbe avere problemi gravi. Lo controlli subito nell&apos;interfaccia di gestione dell&apos;appliance (porta 5480, Monitoraggio).</translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation>L&apos;integrità di {name} è rossa: non disponibile o prossimo a smettere di funzionare. Risolva il problema prima che qualcuno usi questo vCenter (interfaccia di gestione dell&apos;appliance, porta 5480).</translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation>L&apos;integrità di {name} è grigia: ancora nessun dato sull&apos;integrità.</translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation>Impossibile controllare l&apos;integrità di {name}: ancora nessun dato sull&apos;integrità dopo {minutes} minuti.</translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation>L&apos;integrità di {name} è {level}, un livello che reconui non conosce. La controlli sull&apos;appliance.</translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation>Servizio {service}: STARTED, HEALTHY.</translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation>Il servizio {service} si avvia automaticamente, ma è {state}. Lo avvii (vSphere Client: Amministrazione, Configurazione sistema, Servizi; oppure sull&apos;appliance: service-control --start {service}).</translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation>Il servizio {service} è ancora {state}.</translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation>Il servizio {service} è ancora {state} dopo {minutes} minuti. Lo controlli sull&apos;appliance (service-control --status {service}) e lo avvii se non si attiva.</translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation>Il servizio {service} è in stato DEGRADED. Legga i suoi messaggi di integrità, controlli il suo log sull&apos;appliance e lo riavvii (service-control --restart {service}).</translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation>Il servizio {service} è in stato HEALTHY_WITH_WARNINGS. Legga i suoi messaggi di integrità prima di restituire vCenter agli utenti.</translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation>Il servizio {service} è STARTED con integrità {health}, che reconui non conosce.</translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation>{name} non è stato controllato: questa appliance non lo fornisce (HTTP 404).</translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation>{name} non risponde ancora: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation>Impossibile controllare {name}: {reason}</translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation>Integro: integrità complessiva verde, tutti i sottosistemi verdi, tutti i servizi automatici STARTED e HEALTHY.</translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation>Integro, per quanto questa appliance può indicare: tutto ciò che fornisce è verde e avviato ({missing} non forniti).</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation>
            <numerusform>Richiede attenzione: %n problema dopo la riconciliazione, elencato con le operazioni da eseguire.</numerusform>
            <numerusform>Richiede attenzione: %n problemi dopo la riconciliazione, elencati con le operazioni da eseguire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation>Impossibile controllare: {reason}</translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation>questa appliance non fornisce nessuno degli endpoint di integrità (HTTP 404).</translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation>il controllo è stato interrotto prima che l&apos;integrità si stabilizzasse.</translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation>Ancora in avvio: {names}. Nuovo controllo fino alle {time} al massimo.</translation>
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
        <translation>vcsa.example.com o 10.0.0.5</translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation>Nome host o indirizzo dell&apos;appliance</translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation>Il nome host o l&apos;indirizzo IP di vCenter Server Appliance. Gli host recenti sono nell&apos;elenco.</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation>443 è la vSphere API. Alcuni amministratori usano la porta di gestione dell&apos;appliance 5480, dove è possibile seguire anche il processo.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation>Automatica (preferisci /api)</translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation>/api (vSphere 7.0 U2 e versioni successive)</translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation>/rest (6.5 e versioni successive, deprecata)</translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation>Tipo di API</translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation>In modalità automatica il tipo viene rilevato all&apos;accesso; ne imponga uno se il rilevamento sceglie quello sbagliato.</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Impostazioni proxy di sistema</translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation>Nessun proxy (diretto)</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Questo proxy:</translation>
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
        <translation>URL del proxy</translation>
    </message>
    <message>
        <source>Prox&amp;y URL:</source>
        <translation>URL prox&amp;y:</translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation>facoltativo, ad es. la radice VMCA dell&apos;appliance (.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>File del certificato CA</translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation>Un file PEM con ulteriori certificati CA attendibili, oltre all&apos;archivio attendibile di questo computer.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>Cerca un file di certificato CA</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>F&amp;ile CA:</translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation>Prova il simulatore integrato</translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation>Avvia un&apos;appliance simulata su questo computer, per vedere come si svolge una riconciliazione prima di toccarne una reale.</translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation>Immetta il nome host o l&apos;indirizzo dell&apos;appliance.</translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation>L&apos;host non è valido: {reason}.</translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation>Immetta l&apos;URL del proxy o scelga un&apos;altra impostazione proxy.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation>Immetta il proxy come http://host:porta, ad es. http://proxy.example.com:3128 ({reason}).</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation>Immetta una porta tra 1 e 65535 (443 per la vSphere API).</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation>2. Credenziali</translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation>&amp;Utente vCenter:</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>Utente vCenter</translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation>L&apos;utente che accede all&apos;API dell&apos;appliance, ad es. administrator@vsphere.local.</translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation>Password vC&amp;enter:</translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation>Password vCenter</translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation>Amministratore &amp;SSO:</translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation>Utente amministratore SSO</translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation>L&apos;amministratore di vCenter Single Sign-On richiesto dal processo di riconciliazione.</translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation>Pass&amp;word SSO:</translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation>Password dell&apos;amministratore SSO</translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation>Ig&amp;nora avvisi</translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation>Modalità collegata avanzata: se i partner di replica non sono raggiungibili, il processo continua comunque e le modifiche apportate dopo il backup vanno perse.</translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation>Ricorda (verifica del portachiavi…)</translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation>reconui sta verificando se è disponibile un archivio sicuro delle password.</translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation>Ricorda in {backend}</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation>Ricorda (il portachiavi {backend} è bloccato)</translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation>Ricorda (nessun portachiavi sicuro disponibile)</translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation>L&apos;archivio delle password ({backend}) è bloccato. Lo sblocchi e riavvii reconui per memorizzare le password; fino ad allora restano in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation>Impossibile memorizzare le password: nessun archivio sicuro delle password disponibile. Restano in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation>Ricorda la password di vCenter: {state}</translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation>Ricorda la password SSO: {state}</translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation>Immetta l&apos;utente vCenter.</translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation>Immetta la password di vCenter.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation>Immetta l&apos;utente amministratore SSO.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation>Immetta la password dell&apos;amministratore SSO.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <translation>Avviare il processo di riconciliazione su {address}?</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>Amministratore SSO: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation>Ignora avvisi: SÌ — se i partner della modalità collegata avanzata non sono raggiungibili, le modifiche apportate dopo il backup vanno perse.</translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation>Ignora avvisi: no — il processo si interrompe in caso di avvisi di convalida.</translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation>Su questa appliance è già stato eseguito un processo di riconciliazione. Un nuovo processo riavvia la riconciliazione dall&apos;inizio.</translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation>Una volta avviato, il processo non può essere annullato.</translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation>Interrompere il monitoraggio del processo?</translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation>Chiudendo reconui si interrompe il monitoraggio del processo di riconciliazione.</translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation>Uscendo da reconui si interrompe il monitoraggio del processo di riconciliazione.</translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation>Disconnettendosi si interrompe il monitoraggio del processo di riconciliazione.</translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation>Interrompere il monitoraggio del processo di riconciliazione?</translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation>Il processo non può essere annullato: prosegue sull&apos;appliance. Per vederlo di nuovo, si connetta alla stessa appliance e scelga “Segui il processo in esecuzione”; reconui-cli status fa lo stesso.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Chiudi comunque</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Esci comunque</translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation>&amp;Disconnetti comunque</translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation>&amp;Interrompi monitoraggio</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>Continua a &amp;monitorare</translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation>Avviare la riconciliazione?</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Avvia di &amp;nuovo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Report HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Report JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva report</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <translation>L&apos;appliance non ha accettato nome utente e password, oppure la sessione è scaduta.</translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation>L&apos;appliance non ha accettato nome utente e password.</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation>L&apos;utente non è autorizzato a eseguire questa operazione. Le operazioni dell&apos;appliance richiedono un utente SSO del gruppo SystemConfiguration.Administrators.</translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation>L&apos;appliance non ha questo oggetto (per il processo di riconciliazione: nessun processo è stato avviato).</translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation>L&apos;appliance è occupata: è già in corso un backup, un ripristino o una riconciliazione.</translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation>L&apos;appliance non consente questa operazione ora. La riconciliazione può iniziare solo dopo che il ripristino è terminato correttamente.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation>Il ripristino è ancora in corso ({progress} %). La riconciliazione può iniziare solo quando sarà terminato correttamente: attenda (reconui-cli: --wait-for-restore).</translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation>Il processo di ripristino è FAILED, quindi la riconciliazione non può iniziare. Legga i messaggi del ripristino, risolva la causa ed esegua di nuovo il ripristino (interfaccia di gestione dell&apos;appliance, porta 5480).</translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation>L&apos;appliance ha rifiutato la richiesta. Controlli nome utente e password dell&apos;amministratore SSO.</translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation>I servizi dell&apos;appliance non sono al momento disponibili (HTTP {status}).</translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation>L&apos;appliance ha segnalato un errore (HTTP {status}).</translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation>Impossibile risolvere il nome {host}. Controlli il nome host e le impostazioni DNS.</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation>{host} ha rifiutato la connessione sulla porta {port}. L&apos;appliance è attiva e la porta è corretta?</translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation>La connessione a {host} è stata chiusa in modo imprevisto.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} non ha risposto entro {seconds} secondi.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation>Impossibile stabilire la connessione sicura (TLS) con {host}: {reason}</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation>Impossibile usare il proxy {proxy} per raggiungere {host}: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation>Impossibile connettersi a {host}: {reason}</translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation>L&apos;appliance ha inviato una risposta inutilizzabile ({reason}).</translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation>La risposta dell&apos;appliance non aveva il formato previsto: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation>Il certificato di {host} non è firmato da un&apos;autorità che questo computer considera attendibile. Prima di considerarlo attendibile, verifichi la sua impronta digitale SHA-256 {sha256} con l&apos;amministratore dell&apos;appliance.</translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation>Il certificato di {host} è firmato da un&apos;autorità attendibile, ma è stato emesso per altri nomi ({names}), non per l&apos;indirizzo digitato.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation>Il certificato di {host} non è valido in questo momento (valido fino a {not_after}), anche se la sua autorità può essere attendibile. Controlli l&apos;orologio di questo computer e il certificato dell&apos;appliance.</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation>Il certificato di {host} è cambiato da quando lo ha considerato attendibile (prima {pinned}, ora {sha256}). Non è stato inviato nulla. Un ripristino può sostituire legittimamente il certificato: verifichi la nuova impronta digitale prima di considerarlo di nuovo attendibile.</translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation>Impossibile usare il file delle impronte digitali dei certificati attendibili {path} ({reason}). Non è stato inviato nulla. Corregga o rimuova il file, quindi si connetta di nuovo.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not be used.</source>
        <translation>Impossibile usare l&apos;archivio delle password ({store}).</translation>
    </message>
    <message>
        <source>The password store ({store}) could not read the password.</source>
        <translation>L&apos;archivio delle password ({store}) non è riuscito a leggere la password.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not save the password.</source>
        <translation>L&apos;archivio delle password ({store}) non è riuscito a salvare la password.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not delete the password.</source>
        <translation>L&apos;archivio delle password ({store}) non è riuscito a eliminare la password.</translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation>L&apos;archivio delle password ({store}) è bloccato. Lo sblocchi per memorizzare o leggere le password.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation>Su questo computer non è disponibile alcun archivio sicuro delle password (ad esempio manca Secret Service in una sessione headless o SSH). Le password restano in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation>L&apos;unico archivio delle password disponibile ({store}) conserva le password in un file su disco senza una vera protezione. reconui non lo usa; le password restano in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation>Attesa interrotta dopo {minutes} minuti senza una risposta utilizzabile dall&apos;appliance.</translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation>L&apos;indirizzo del server {value} non è valido: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation>5. Integrità dopo la riconciliazione</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>Risultati dell&apos;integrità</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Controllato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation>Cosa indica, cosa fare</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Interrompi controllo</translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation>Interrompe i nuovi controlli mentre i servizi sono ancora in avvio. Il risultato del processo non cambia; l&apos;integrità viene quindi indicata come non controllata.</translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation>NON ANCORA CONTROLLATO</translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation>Integrità: non ancora controllata</translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation>L&apos;integrità dell&apos;appliance viene controllata quando il processo è SUCCEEDED.</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>CONTROLLO IN CORSO</translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation>Integrità: controllo in corso</translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation>I servizi si stanno ancora stabilizzando dopo la riconciliazione; nuovo controllo in corso.</translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation>Controllo dell&apos;integrità dell&apos;appliance…</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>INTEGRO</translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation>RICHIEDE ATTENZIONE</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NON CONTROLLATO</translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation>Integrità: {verdict}</translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation>OK ({count}): {names}</translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation>Integrità: {text}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation>Cronologia — reconui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Esecuzioni precedenti</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Apri report</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation>{outcome} (simulazione)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation>
            <numerusform>%n esecuzione nella cartella dei report, dalla più recente.</numerusform>
            <numerusform>%n esecuzioni nella cartella dei report, dalla più recente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <translation>4. Processo di riconciliazione</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Cosa fare ora</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>Translators: the progress bar&apos;s text; %p is the percentage (Qt fills it in)</extracomment>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Avanzamento del processo</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Tempo trascorso:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Avvio:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fine:</translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation>Filtra messaggi (testo o ID)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtra messaggi</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Dettagli dell&apos;errore</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>Inte&amp;rrompi monitoraggio</translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation>Interrompe il monitoraggio. Il processo non può essere annullato e continua sull&apos;appliance; si connetta di nuovo più tardi per vederne il risultato.</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Sa&amp;lva report…</translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation>Copia riepil&amp;ogo</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ap&amp;ri cartella dei log</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>Avvia &amp;di nuovo…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Ora ({zone})</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>NON AVVIATO</translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation>Nessun processo monitorato.</translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation>Cosa fare ora: {step}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>IN ESECUZIONE</translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation>Sull&apos;appliance è in esecuzione un processo di riconciliazione non ancora monitorato. Usi “Segui il processo in esecuzione” per seguirlo.</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>RIUSCITO</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation>L&apos;ultimo processo di riconciliazione su questa appliance è riuscito (terminato {end}).</translation>
    </message>
    <message>
        <source>FAILED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>NON RIUSCITO</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation>L&apos;ultimo processo di riconciliazione su questa appliance non è riuscito (terminato {end}).</translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation>L&apos;appliance segnala un processo nello stato {status}.</translation>
    </message>
    <message>
        <source>STARTING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>AVVIO</translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation>COLLEGAMENTO</translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation>Richiesta di avvio del processo all&apos;appliance…</translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation>Collegamento al processo in esecuzione…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>ERRORE</translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation>Il processo è stato avviato.</translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation>Monitoraggio del processo già in esecuzione.</translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation>In esecuzione — ultima modifica rilevata alle {time}.</translation>
    </message>
    <message>
        <source>WAITING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>IN ATTESA</translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation>L&apos;indirizzo risponde, ma non come l&apos;API dell&apos;appliance (risponde al suo posto un proxy o la rete?): {reason}</translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation>Riavvio dei servizi dell&apos;appliance: {reason}</translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation>L&apos;indirizzo dell&apos;appliance risponde con qualcosa che non è l&apos;appliance (un proxy o la rete?) — in attesa (fino alle {time}).</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation>Riavvio dei servizi dell&apos;appliance — in attesa (fino alle {time}). È normale durante la riconciliazione.</translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation>
            <numerusform>Attesa: {waited}, %n tentativo; nuovi tentativi fino alle {time}.</numerusform>
            <numerusform>Attesa: {waited}, %n tentativi; nuovi tentativi fino alle {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation>{time}: l&apos;appliance risponde di nuovo dopo {seconds} s di riavvio dei servizi.</translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation>{time}: la sessione era scaduta; nuovo accesso eseguito, il monitoraggio continua.</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>NON MONITORATO</translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation>Monitoraggio interrotto. Il processo di riconciliazione continua sull&apos;appliance; si connetta di nuovo più tardi per verificarne il risultato, oppure usi “Segui il processo in esecuzione” mentre è connesso.</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>entro le {time}</translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation>Riconciliazione terminata correttamente.</translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation>Riconciliazione non riuscita. L&apos;errore dell&apos;appliance è mostrato qui sotto.</translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation>L&apos;appliance non ha fornito dettagli.</translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation>Report salvato automaticamente: {links}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Salvato in {folder}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Passwords are remembered in {name}.</source>
        <translation>Le password vengono memorizzate in {name}.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>Impossibile aprire il portachiavi.</translation>
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
        <translation>Il certificato di {address} è cambiato da quando lo ha considerato attendibile. Non è stato inviato nulla; la finestra di dialogo mostra entrambe le impronte digitali.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>Verifica del certificato…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation>certificato verificato da un&apos;autorità attendibile (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation>certificato attendibile per questa sessione (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation>certificato fissato (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation>Verifica del certificato di {address}…</translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation>Accesso a {address}…</translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation>Non connesso: il certificato di {address} non è stato considerato attendibile. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation>Impossibile salvare l&apos;impronta fissata; il certificato è attendibile solo per questa sessione.</translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation>Connessione tramite il nome del certificato {name}…</translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation>Interrotto: il certificato di {address} è cambiato. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation>Impossibile rimuovere l&apos;impronta fissata precedente.</translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation>L&apos;impronta fissata precedente per {address} è stata rimossa. Si connetta di nuovo per esaminare il nuovo certificato.</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation>Impossibile avviare il simulatore integrato.</translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation>SIMULAZIONE — il simulatore di appliance integrato di reconui è in ascolto su {address} (scenario “{scenario}”). Nessun vCenter reale viene toccato.</translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation>Impossibile leggere una password memorizzata.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation>Impossibile salvare la password nel portachiavi. Resta in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation>Verifica il certificato, esegue l&apos;accesso ed esamina l&apos;appliance. Non viene ancora avviato nulla.</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Dis&amp;connetti</translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation>Connesso a {address} · /{flavor}</translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation>Il processo è SUCCEEDED, ma l&apos;appliance non è ancora integra: veda “Integrità dopo la riconciliazione”.</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation>Riavvio dei servizi dell&apos;appliance — in attesa (fino alle {time})…</translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation>In attesa dell&apos;appliance</translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation>L&apos;appliance risponde di nuovo (dopo {seconds} s).</translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation>La sessione era scaduta; nuovo accesso eseguito.</translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation>Riconciliazione riuscita — {host}</translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation>Il processo di riconciliazione è terminato correttamente.</translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation>Riconciliazione NON RIUSCITA — {host}</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>Il processo non è riuscito.</translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation>reconui richiede attenzione — {host}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation>Si è verificato un problema imprevisto. I dettagli sono nel file di log (Guida → Apri cartella dei log).</translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation>Monitoraggio terminato a causa di un errore interno.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Salva report…</translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation>Apri &amp;ultimo report</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copia &amp;riepilogo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Cronologia…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>Certificati &amp;attendibili…</translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation>Apri cartella dei &amp;report</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation>Prova il &amp;simulatore integrato</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ap&amp;ri cartella dei log</translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation>&amp;Informazioni su reconui</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Report: {path}</translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation>Non c&apos;è ancora nessun report. Ogni esecuzione ne scrive uno in {path}.</translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation>reconui {version} — riepilogo della riconciliazione</translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation>Appliance: {address}</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Versione: {version}</translation>
    </message>
    <message>
        <source>API: /{flavor}</source>
        <translation>API: /{flavor}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation>Certificato SHA-256: {sha}</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>Amministratore SSO: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: yes</source>
        <translation>Ignora avvisi: sì</translation>
    </message>
    <message>
        <source>Ignore warnings: no</source>
        <translation>Ignora avvisi: no</translation>
    </message>
    <message>
        <source>Result: {status}</source>
        <translation>Risultato: {status}</translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation>Avanzamento: {percent} %</translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation>Avvio: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>Fine: {time}</translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation>Cosa fare dopo: {step}</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Errore:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messaggi:</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Riepilogo copiato negli appunti.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Impossibile salvare il report.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Report salvato in {path}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Cartella dei log</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>Cartella dei report</translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation>{what} {path}: impossibile crearla.</translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation>{what}: {path} (se non si apre alcun file manager, la apra manualmente)</translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation>Impossibile aprire un file manager. {what}: {path}</translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation>Informazioni su reconui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Esegue e monitora il processo di riconciliazione post-ripristino di vCenter Server Appliance.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Log: {logs}&lt;br&gt;Report: {reports}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{address} · /{flavor} · {user} · {trust}</source>
        <translation>{address} · /{flavor} · {user} · {trust}</translation>
    </message>
    <message>
        <source>SIMULATION · {summary}</source>
        <translation>SIMULAZIONE · {summary}</translation>
    </message>
    <message>
        <source>{status} {percent} %</source>
        <translation>{status} {percent} %</translation>
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
        <translation>reconui — riconciliazione di vCenter</translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation>[SIMULAZIONE] {title}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita del sistema</translation>
    </message>
</context>
<context>
    <name>MessagesTable</name>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID messaggio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation>Messaggi del processo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copia tutto</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <translation>Controlli il nome utente di vCenter e digiti di nuovo la password, quindi si connetta di nuovo.</translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation>Acceda con un utente SSO del gruppo SystemConfiguration.Administrators (ad esempio administrator@vsphere.local).</translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation>Ancora nulla da monitorare: si connetta di nuovo e avvii la riconciliazione dal controllo preliminare.</translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation>Attenda che il backup, il ripristino o la riconciliazione in corso terminino (veda l&apos;interfaccia di gestione dell&apos;appliance sulla porta 5480), quindi controlli di nuovo.</translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation>Ripeta il ripristino finché il processo di ripristino non indica SUCCEEDED, quindi avvii la riconciliazione.</translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation>Attenda il termine del ripristino (o usi --wait-for-restore), quindi avvii la riconciliazione.</translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation>Legga i messaggi del ripristino, ne risolva la causa e ripeta il ripristino; la riconciliazione viene dopo.</translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation>Digiti di nuovo nome utente e password dell&apos;amministratore SSO, quindi avvii di nuovo.</translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation>Attenda alcuni minuti i servizi dell&apos;appliance, quindi controlli di nuovo.</translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation>Controlli l&apos;interfaccia di gestione dell&apos;appliance (porta 5480) e i suoi log, quindi controlli di nuovo.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation>Controlli l&apos;ortografia del nome host, oppure si connetta tramite indirizzo IP o nome di dominio completo.</translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation>Verifichi che l&apos;appliance sia accesa e che la porta sia 443 (o quella che utilizza).</translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation>Controlli di nuovo tra un minuto; se si ripete, verifichi firewall e proxy tra questo computer e l&apos;appliance.</translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation>Verifichi che l&apos;appliance risponda sulla porta 443 da questo computer (firewall, VPN, proxy).</translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation>Verifichi che l&apos;indirizzo punti all&apos;appliance stessa e non a un altro servizio o proxy.</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate that issued the appliance&apos;s certificate (the appliance offers its VMCA root certificates under /certs/download.zip), or leave the CA file empty.</source>
        <translation>Scegliere un file PEM con il certificato della CA che ha emesso il certificato dell&apos;appliance (l&apos;appliance offre i propri certificati radice VMCA in /certs/download.zip), oppure lasciare vuoto il file CA.</translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation>Controlli l&apos;indirizzo del proxy, oppure scelga “Nessun proxy” se l&apos;appliance è raggiungibile direttamente.</translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation>Controlli l&apos;indirizzo e il percorso di rete verso l&apos;appliance, quindi si connetta di nuovo.</translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation>Verifichi se risponde un proxy al posto dell&apos;appliance (provi “Nessun proxy”); durante un riavvio dei servizi, attenda e controlli di nuovo.</translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation>Imponga l&apos;altro tipo di API (/api o /rest) e si connetta di nuovo; se si ripete, salvi il report.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation>Prima di considerarlo attendibile, confronti l&apos;impronta digitale SHA-256 con quella mostrata dall&apos;appliance sulla console o sulla porta 5480, oppure scelga il file CA che lo ha firmato.</translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation>Si connetta usando uno di questi nomi: {names}.</translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation>Rinnovi il certificato dell&apos;appliance (o corregga l&apos;orologio di questo computer); lo consideri attendibile per questa esecuzione solo dopo averne verificato l&apos;impronta digitale.</translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation>Chieda a chi ha ripristinato l&apos;appliance se il certificato è stato sostituito; solo allora rimuova l&apos;impronta fissata precedente e consideri attendibile la nuova.</translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation>Corregga le autorizzazioni del file delle impronte fissate o lo sposti altrove, quindi si connetta di nuovo.</translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation>Per ora deselezioni “Ricorda” (la password resta quindi solo per questa sessione), oppure ripari il portachiavi e riprovi.</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation>Sblocchi il portachiavi (acceda al portafoglio della sessione desktop), quindi riprovi.</translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation>Digiti la password ogni volta, oppure installi e sblocchi un servizio portachiavi.</translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation>Digiti la password ogni volta; reconui non memorizza le password in un portachiavi non crittografato.</translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation>Si connetta di nuovo e segua il processo: prosegue sull&apos;appliance. Se l&apos;appliance continua a non rispondere, la controlli sulla porta 5480.</translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation>Corregga l&apos;indirizzo (nome host o IP, porta 1–65535) e si connetta di nuovo.</translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation>Verifichi che i partner della modalità collegata avanzata vengano risolti e rispondano sulla porta 443, quindi ripeta il ripristino prima di avviare di nuovo la riconciliazione.</translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation>Renda raggiungibili i partner della modalità collegata e avvii di nuovo; oppure avvii di nuovo con “Ignora avvisi”, sapendo che le modifiche apportate su questo nodo dopo il backup andranno perse.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: how a run ended, in capitals like the appliance&apos;s job states (History, summary)</extracomment>
        <translation>RIUSCITO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NON RIUSCITO</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>NON MONITORATO</translation>
    </message>
    <message>
        <source>NO JOB</source>
        <translation>NESSUN PROCESSO</translation>
    </message>
    <message>
        <source>LAST JOB FINISHED</source>
        <translation>ULTIMO PROCESSO TERMINATO</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERRORE</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation>Partner della modalità collegata</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Raggiungibile</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>In replica</translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation>Ritardo modifiche</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (prima si connetta)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Translators: a table cell: the partner status could not be read</extracomment>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Translators: a table cell answering “Reachable?” (yes, or a warning that it is not)
----------
Translators: a table cell answering “Replicating?”</extracomment>
        <translation>sì</translation>
    </message>
    <message>
        <source>✖ NO</source>
        <translation>✖ NO</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>Mostra la password</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>Mostra {field}</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Nascondi la password</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation>3. Controllo preliminare</translation>
    </message>
    <message>
        <source>Appliance:</source>
        <translation>Appliance:</translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation>API in uso:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Ripristino:</translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation>Modalità collegata:</translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation>Processo di riconciliazione:</translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation>Avvia &amp;riconciliazione…</translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation>Segui il pr&amp;ocesso in esecuzione</translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation>Monitora il processo già in esecuzione sull&apos;appliance.</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>Avvia &amp;di nuovo…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Con&amp;trolla di nuovo</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (prima si connetta)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation>sconosciuta (l&apos;appliance non l&apos;ha indicata)</translation>
    </message>
    <message>
        <source>vCenter Server Appliance</source>
        <translation>vCenter Server Appliance</translation>
    </message>
    <message>
        <source>{product} {version}, build {build}</source>
        <translation>{product} {version}, build {build}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation>✔ SUCCEEDED — la riconciliazione può iniziare</translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation>✖ FAILED — {sentence}</translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation>⚠ {state} — l&apos;appliance consente la riconciliazione solo dopo un ripristino riuscito</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation>⟳ INPROGRESS ({percent} %) — non più monitorato; “Controlla di nuovo” lo ricontrolla</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation>⟳ INPROGRESS ({percent} %) — monitorato; la riconciliazione potrà iniziare quando sarà SUCCEEDED</translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation>Nessuno — pronto per l&apos;avvio</translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation>Nessuno — in attesa del ripristino</translation>
    </message>
    <message>
        <source>None — a successful restore comes first</source>
        <translation>Nessuno — prima serve un ripristino riuscito</translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation>⟳ RUNNING — monitorato qui sotto</translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation>⟳ RUNNING ({percent} %), avviato {start} — lo segua per monitorarlo</translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation>{mark} Ultima esecuzione {status}, terminata {end}</translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation>{status} ({percent} %)</translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation>Il ripristino non è terminato correttamente, quindi l&apos;appliance rifiuterebbe di avviare la riconciliazione. Completi il ripristino, quindi usi “Controlla di nuovo”.</translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation>Avvia un nuovo processo di riconciliazione anche se ne è già stato eseguito uno.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <translation>la risposta</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>il token di sessione</translation>
    </message>
    <message>
        <source>health level</source>
        <translation>il livello di integrità</translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation>{where} deve essere un oggetto, ricevuto {type}</translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation>{where} deve essere un array, ricevuto {type}</translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation>{where} deve essere una stringa, ricevuto {type}</translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation>{where} deve essere un intero, ricevuto {type}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation>{where} deve essere un numero, ricevuto {type}</translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation>{where} deve essere un booleano, ricevuto {type}</translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation>{where} deve essere un oggetto o un array chiave/valore, ricevuto {type}</translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation>{where} deve essere una stringa data-ora RFC 3339, ricevuto {type}</translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation>{where} è fuori dall&apos;intervallo degli interi a 64 bit</translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation>{where} è troppo grande per un double</translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation>{where} deve essere un numero finito</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>manca {where}</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} non ha contenuto</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation>{where} non è una data-ora RFC 3339</translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation>{where} ha un offset UTC non valido</translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation>{where} non è una data-ora valida</translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation>{where} ha una chiave non di tipo stringa</translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation>{where} ha troppi livelli di annidamento</translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation>impossibile leggere {where} ({kind})</translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation>{where} ha {length} caratteri (ne sono accettati al massimo {limit})</translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation>{where} non ha contenuto o contiene caratteri non consentiti in un&apos;intestazione HTTP</translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation>manca {where} (era previsto un envelope “value” di /rest)</translation>
    </message>
    <message>
        <source>the brackets around the IPv6 address are unbalanced</source>
        <translation>le parentesi quadre intorno all&apos;indirizzo IPv6 non sono bilanciate</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>solo un indirizzo IPv6 va tra parentesi quadre</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>contiene spazi o caratteri di controllo</translation>
    </message>
    <message>
        <source>it contains &apos;%&apos; (percent-encoding or an IPv6 zone index is not supported)</source>
        <translation>contiene &apos;%&apos; (la codifica percentuale o un indice di zona IPv6 non sono supportati)</translation>
    </message>
    <message>
        <source>it contains a user name or password; give the user separately</source>
        <translation>contiene un nome utente o una password; indichi l&apos;utente separatamente</translation>
    </message>
    <message>
        <source>enter only the host name or address, without https://, a path or a port</source>
        <translation>immetta solo il nome host o l&apos;indirizzo, senza https://, percorso o porta</translation>
    </message>
    <message>
        <source>it is neither a host name nor an IPv6 address</source>
        <translation>non è né un nome host né un indirizzo IPv6</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>ha una parte vuota tra due punti</translation>
    </message>
    <message>
        <source>a part of a host name cannot begin or end with &apos;-&apos;</source>
        <translation>una parte di un nome host non può iniziare o terminare con &apos;-&apos;</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>un nome host può contenere solo lettere, cifre, &apos;-&apos; e &apos;.&apos;</translation>
    </message>
    <message>
        <source>the proxy URL must not have a path, query or fragment (expected http://host:port)</source>
        <translation>l&apos;URL del proxy non deve avere percorso, query o frammento (previsto http://host:porta)</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>non è un indirizzo IPv4 valido</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>la porta deve essere un numero da 1 a 65535</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>sono supportati solo indirizzi https://</translation>
    </message>
    <message>
        <source>it contains a user name or password; enter the user name in its own field (--user)</source>
        <translation>contiene un nome utente o una password; immetta il nome utente nel campo apposito (--user)</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing bracket</source>
        <translation>manca la parentesi quadra di chiusura dell&apos;indirizzo IPv6</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>testo imprevisto dopo l&apos;indirizzo IPv6</translation>
    </message>
    <message>
        <source>no proxy address was given</source>
        <translation>non è stato indicato alcun indirizzo proxy</translation>
    </message>
    <message>
        <source>an IPv6 proxy address goes in brackets: http://[::1]:3128</source>
        <translation>un indirizzo proxy IPv6 va tra parentesi quadre: http://[::1]:3128</translation>
    </message>
    <message>
        <source>a host name has at most {limit} characters</source>
        <translation>un nome host ha al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>each part of a host name has at most {limit} characters</source>
        <translation>ogni parte di un nome host ha al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>{scheme}:// proxies are not supported, only http://host:port</source>
        <translation>i proxy {scheme}:// non sono supportati, solo http://host:porta</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>nessun tipo di contenuto</translation>
    </message>
    <message>
        <source>truncated or malformed HTTP answer: {cause}</source>
        <translation>risposta HTTP troncata o non valida: {cause}</translation>
    </message>
    <message>
        <source>HTTP {status}, JSON nested too deeply</source>
        <translation>HTTP {status}, JSON con troppi livelli di annidamento</translation>
    </message>
    <message>
        <source>HTTP {status}, empty body</source>
        <translation>HTTP {status}, corpo vuoto</translation>
    </message>
    <message>
        <source>HTTP {status}, truncated or malformed JSON</source>
        <translation>HTTP {status}, JSON troncato o non valido</translation>
    </message>
    <message>
        <source>HTTP {status}, {kind} instead of JSON</source>
        <translation>HTTP {status}, {kind} invece di JSON</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP {status})</source>
        <translation>un reindirizzamento imprevisto (HTTP {status})</translation>
    </message>
    <message>
        <source>HTTP {status}, an answer larger than {megabytes} MB</source>
        <translation>HTTP {status}, una risposta più grande di {megabytes} MB</translation>
    </message>
    <message>
        <source>the API flavour must be auto, api or rest</source>
        <translation>il tipo di API deve essere auto, api o rest</translation>
    </message>
    <message>
        <source>the CA file {path} cannot be used ({why})</source>
        <translation>impossibile usare il file CA {path} ({why})</translation>
    </message>
    <message>
        <source>the proxy address is not a valid URL ({why})</source>
        <translation>l&apos;indirizzo del proxy non è un URL valido ({why})</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>il server non ha presentato alcun certificato</translation>
    </message>
    <message>
        <source>the certificate&apos;s fingerprint has changed</source>
        <translation>l&apos;impronta digitale del certificato è cambiata</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>impossibile leggere il certificato del server</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation>Ripristino %p %</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Avanzamento del ripristino</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Interrompi monitoraggio</translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation>Interrompe il monitoraggio del ripristino, che prosegue sull&apos;appliance; usi “Controlla di nuovo” per ricontrollarlo.</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>Messaggi del ripristino</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <translation>NON AVVIATO</translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation>Stato del processo: {status}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <translation>Questo certificato è scaduto.</translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>Questo certificato non è ancora valido (controlli l&apos;orologio di questo computer).</translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <translation>Certificato emesso per altri nomi — {address}</translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation>Certificato sconosciuto — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation>&lt;b&gt;Il certificato di {address} è firmato da un&apos;autorità che questo computer considera attendibile, ma è stato emesso per altri nomi.&lt;/b&gt;&lt;br&gt;Non è stato ancora inviato nulla. Si connetta usando uno di questi nomi:</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>Connetti a {name}</translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation>Se nessuno di questi nomi viene risolto da questo computer, può invece fissare esattamente questo certificato, dopo averne verificato l&apos;impronta digitale.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation>&lt;b&gt;{address} ha presentato un certificato che questo computer non considera attendibile.&lt;/b&gt;&lt;br&gt;Non gli è stato ancora inviato nulla. Prima di considerarlo attendibile, confronti l&apos;impronta digitale SHA-256 qui sotto con quella mostrata sull&apos;appliance (ad esempio in &lt;i&gt;Gestione certificati&lt;/i&gt; nel vSphere Client o nella console dell&apos;appliance).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impronta digitale SHA-256</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>&amp;Copia impronta digitale</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Soggetto:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Nomi alternativi:</translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation>{issuer}  (autofirmato)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emittente:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validità:</translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation>SHA-1 (per schermate meno recenti):</translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation>Fissa comunque, una &amp;volta</translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation>Fissa comunque e &amp;ricorda</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Accetta una &amp;volta</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>Accetta e &amp;ricorda</translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation>Accetta questo certificato fino alla chiusura di reconui.</translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation>Accetta questo certificato ora e nelle connessioni successive a {address}.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation>Certificati attendibili — reconui</translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation>Certificati che ha scelto di considerare attendibili e ricordare, per indirizzo. Le impronte fissate si trovano in {path}.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impronta digitale SHA-256</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificati attendibili</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation>L&apos;impronta fissata per {address} è stata rimossa. Alla connessione successiva verrà chiesto di nuovo.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>Impossibile leggere {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation>{path} non è un elenco di righe “host:porta sha256” ({reason}). Non è stato importato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation>
            <numerusform>Importato %n certificato attendibile.</numerusform>
            <numerusform>Importati %n certificati attendibili.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation>Impossibile scrivere l&apos;elenco in {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation>
            <numerusform>Esportato %n certificato attendibile in {path}.</numerusform>
            <numerusform>Esportati %n certificati attendibili in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation>Rimuovere il certificato attendibile di {address}? Alla connessione successiva il certificato verrà mostrato di nuovo con la relativa richiesta.</translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation>Rimuovere l&apos;impronta fissata?</translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation>Importa certificati attendibili</translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation>Elenchi di impronte fissate (*.txt *.pins);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation>Esporta certificati attendibili</translation>
    </message>
</context>
</TS>
