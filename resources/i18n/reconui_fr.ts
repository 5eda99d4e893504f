<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation>Une erreur inattendue s&apos;est produite ({kind}). Les détails se trouvent dans le dossier des journaux&#xa0;: {folder}</translation>
    </message>
</context>
<context>
    <name>ApplianceMessages</name>
    <message>
        <source>Authentication required.</source>
        <translation>Authentification requise.</translation>
    </message>
    <message>
        <source>This method requires authentication.</source>
        <translation>Cette méthode nécessite une authentification.</translation>
    </message>
    <message>
        <source>Unable to find operations for URL: %s.</source>
        <translation>Impossible de trouver des opérations pour l&apos;URL&#xa0;:&#xa0;%s.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>Le fichier CA {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation>{path} est un dossier, pas un fichier de certificat CA.</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation>Le fichier CA {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>{path} ne contient aucun certificat au format PEM (texte commençant par -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation>Le texte du certificat dans {path} est endommagé et ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation>Certificat modifié — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation>&lt;b&gt;Le certificat de {address} n&apos;est pas celui auquel vous avez fait confiance. reconui s&apos;est arrêté et n&apos;a rien envoyé.&lt;/b&gt;&lt;br&gt;Il peut s&apos;agir d&apos;une attaque ou d&apos;un changement légitime&#xa0;: une restauration ou un renouvellement de certificat remplace le certificat de l&apos;appliance. Vérifiez la nouvelle empreinte sur l&apos;appliance elle-même avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Approuvé précédemment&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Présenté maintenant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 approuvée</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 présentée</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>Nouveau sujet&#xa0;:</translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation>Nouvel émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation>Nouvelle validité&#xa0;:</translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation>Si vous avez vérifié que le changement est légitime, supprimez l&apos;ancienne empreinte épinglée et reconnectez-vous&#xa0;: le nouveau certificat vous sera alors présenté pour examen.</translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation>&amp;Oublier l&apos;ancienne empreinte…</translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation>Oublier l&apos;ancienne empreinte&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation>Supprimer l&apos;empreinte approuvée pour {address}&#xa0;? Cette étape n&apos;approuve rien&#xa0;: lors de la prochaine connexion, le nouveau certificat vous sera soumis.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation>Aucun partenaire en mode lié&#xa0;: ce nœud est autonome.</translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation>
            <numerusform>%n lien de réplication, tous les partenaires sont joignables.</numerusform>
            <numerusform>%n liens de réplication, tous les partenaires sont joignables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation>Le partenaire en mode lié {partners} ne répond pas. La réconciliation le signale par un avertissement et échoue, sauf si les avertissements sont ignorés&#xa0;; dans ce cas, les modifications effectuées sur ce nœud après la sauvegarde sont perdues.</translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation>État des partenaires indisponible&#xa0;: cette appliance ne fournit pas l&apos;état de réplication (disponible à partir de vSphere 6.7 Update 2).</translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation>État des partenaires indisponible&#xa0;: l&apos;utilisateur n&apos;est pas autorisé à lire l&apos;état de réplication (HTTP 403).</translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation>État des partenaires indisponible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation>Ignorer les avertissements permet à la réconciliation de continuer sans {partners}&#xa0;: les modifications effectuées sur ce nœud après la sauvegarde sont perdues.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation>La restauration est toujours en cours ({progress}&#xa0;%)&#xa0;; attente de sa fin avant le démarrage.</translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation>La restauration s&apos;est terminée avec succès&#xa0;; la réconciliation peut démarrer.</translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation>Santé de {name}&#xa0;: verte.</translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation>La santé de {name} est jaune&#xa0;: en bon état, mais avec quelques problèmes. Examinez-la dans l&apos;interface de gestion de l&apos;appliance (port 5480, Surveiller) avant de remettre le vCenter en service.</translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation>La santé de {name} est orange&#xa0;: dégradée, problèmes graves possibles. Vérifiez-la dès maintenant dans l&apos;interface de gestion de l&apos;appliance (port 5480, Surveiller).</translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation>La santé de {name} est rouge&#xa0;: indisponible ou sur le point de cesser de fonctionner. Corrigez le problème avant que quiconque utilise ce vCenter (interface de gestion de l&apos;appliance, port 5480).</translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation>La santé de {name} est grise&#xa0;: pas encore de données de santé.</translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation>La santé de {name} n&apos;a pas pu être vérifiée&#xa0;: toujours aucune donnée de santé après {minutes} minutes.</translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation>La santé de {name} est {level}, un niveau que reconui ne connaît pas. Vérifiez-la sur l&apos;appliance.</translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation>Service {service}&#xa0;: STARTED, HEALTHY.</translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation>Le service {service} démarre automatiquement mais est à l&apos;état {state}. Démarrez-le (vSphere Client&#xa0;: Administration, Configuration système, Services&#xa0;; ou sur l&apos;appliance&#xa0;: service-control --start {service}).</translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation>Le service {service} est toujours à l&apos;état {state}.</translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation>Le service {service} est toujours à l&apos;état {state} après {minutes} minutes. Vérifiez-le sur l&apos;appliance (service-control --status {service}) et démarrez-le s&apos;il ne se lance pas.</translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation>Le service {service} fonctionne en état DEGRADED. Lisez ses messages de santé, consultez son journal sur l&apos;appliance et redémarrez-le (service-control --restart {service}).</translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation>Le service {service} fonctionne en état HEALTHY_WITH_WARNINGS. Lisez ses messages de santé avant de remettre le vCenter en service.</translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation>Le service {service} est à l&apos;état STARTED avec une santé {health} que reconui ne connaît pas.</translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation>{name} n&apos;a pas été vérifié&#xa0;: cette appliance ne le fournit pas (HTTP 404).</translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation>{name} ne répond pas encore&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation>{name} n&apos;a pas pu être vérifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation>En bonne santé&#xa0;: santé globale verte, tous les sous-systèmes verts, tous les services automatiques STARTED et HEALTHY.</translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation>En bonne santé, pour autant que cette appliance puisse en juger&#xa0;: tout ce qu&apos;elle fournit est vert et démarré (non fourni&#xa0;: {missing}).</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation>
            <numerusform>Attention requise&#xa0;:&#xa0;%n problème après la réconciliation, avec l&apos;action à mener.</numerusform>
            <numerusform>Attention requise&#xa0;:&#xa0;%n problèmes après la réconciliation, avec pour chacun l&apos;action à mener.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation>Vérification impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation>cette appliance ne fournit aucun des points de terminaison de santé (HTTP 404).</translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation>la vérification a été arrêtée avant que la santé se soit stabilisée.</translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation>Démarrage en cours&#xa0;: {names}. Nouvelle vérification jusqu&apos;à {time} au plus tard.</translation>
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
        <translation>vcsa.example.com ou 10.0.0.5</translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation>Nom d&apos;hôte ou adresse de l&apos;appliance</translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation>Nom d&apos;hôte ou adresse IP de vCenter Server Appliance. Les hôtes récents figurent dans la liste.</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation>443 correspond à l&apos;API vSphere. Certains administrateurs utilisent le port de gestion 5480 de l&apos;appliance, où la tâche peut aussi être suivie.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation>Automatique (/api de préférence)</translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation>/api (vSphere 7.0 U2 et versions ultérieures)</translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation>/rest (6.5 et versions ultérieures, obsolète)</translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation>Variante d&apos;API</translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation>Le mode automatique détecte la variante à la connexion&#xa0;; forcez-en une si la détection se trompe.</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>AP&amp;I&#xa0;:</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation>Aucun proxy (direct)</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL du proxy</translation>
    </message>
    <message>
        <source>Prox&amp;y URL:</source>
        <translation>URL du prox&amp;y&#xa0;:</translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation>facultatif, p. ex. la racine VMCA de l&apos;appliance (.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat CA</translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation>Fichier PEM contenant des certificats CA de confiance supplémentaires, en plus du magasin de confiance de cet ordinateur.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>Rechercher un fichier de certificat CA</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>Fi&amp;chier CA&#xa0;:</translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation>Essayer le simulateur intégré</translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation>Démarre une appliance simulée sur cet ordinateur pour voir le déroulement d&apos;une réconciliation avant de toucher à une vraie appliance.</translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse de l&apos;appliance.</translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation>L&apos;hôte n&apos;est pas valide&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation>Saisissez l&apos;URL du proxy ou choisissez un autre paramètre de proxy.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation>Saisissez le proxy sous la forme http://hôte:port, p. ex. http://proxy.example.com:3128 ({reason}).</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation>Saisissez un port entre 1 et 65535 (443 pour l&apos;API vSphere).</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation>2. Informations d&apos;identification</translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation>&amp;Utilisateur vCenter&#xa0;:</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>Utilisateur vCenter</translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation>Utilisateur qui se connecte à l&apos;API de l&apos;appliance, p. ex. administrator@vsphere.local.</translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation>&amp;Mot de passe vCenter&#xa0;:</translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation>Mot de passe vCenter</translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation>Administrateur &amp;SSO&#xa0;:</translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation>Utilisateur administrateur SSO</translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation>Administrateur vCenter Single Sign-On requis par la tâche de réconciliation.</translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation>Mot &amp;de passe SSO&#xa0;:</translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation>Mot de passe de l&apos;administrateur SSO</translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation>I&amp;gnorer les avertissements</translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation>Mode Enhanced Linked Mode&#xa0;: si des partenaires de réplication sont injoignables, la tâche continue malgré tout et les modifications postérieures à la sauvegarde sont perdues.</translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation>Mémoriser (vérification du trousseau…)</translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation>reconui vérifie si un magasin de mots de passe sécurisé est disponible.</translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation>Mémoriser dans&#xa0;: {backend}</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation>Mémoriser (le trousseau {backend} est verrouillé)</translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation>Mémoriser (aucun trousseau sécurisé disponible)</translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation>Le magasin de mots de passe ({backend}) est verrouillé. Déverrouillez-le et redémarrez reconui pour mémoriser les mots de passe&#xa0;; d&apos;ici là, ils restent en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation>Impossible de mémoriser les mots de passe&#xa0;: aucun magasin de mots de passe sécurisé n&apos;est disponible. Ils restent en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation>Mémoriser le mot de passe vCenter&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation>Mémoriser le mot de passe SSO&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation>Saisissez l&apos;utilisateur vCenter.</translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation>Saisissez le mot de passe vCenter.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation>Saisissez l&apos;utilisateur administrateur SSO.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation>Saisissez le mot de passe de l&apos;administrateur SSO.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <translation>Démarrer la tâche de réconciliation sur {address}&#xa0;?</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>Administrateur SSO&#xa0;: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation>Ignorer les avertissements&#xa0;: OUI — si des partenaires Enhanced Linked Mode sont injoignables, les modifications postérieures à la sauvegarde sont perdues.</translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation>Ignorer les avertissements&#xa0;: non — la tâche s&apos;arrête aux avertissements de validation.</translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation>Une tâche de réconciliation a déjà été exécutée sur cette appliance. Une nouvelle tâche reprend la réconciliation depuis le début.</translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation>La tâche ne peut plus être annulée une fois démarrée.</translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation>Arrêter le suivi de la tâche&#xa0;?</translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation>La fermeture de reconui arrête le suivi de la tâche de réconciliation.</translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation>Quitter reconui arrête le suivi de la tâche de réconciliation.</translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation>La déconnexion arrête le suivi de la tâche de réconciliation.</translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation>Arrêter le suivi de la tâche de réconciliation&#xa0;?</translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation>La tâche elle-même ne peut pas être annulée&#xa0;: elle continue sur l&apos;appliance. Pour la retrouver, connectez-vous à la même appliance et choisissez «&#xa0;Suivre la tâche en cours&#xa0;»&#xa0;; reconui-cli status fait de même.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quitter quand même</translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation>Se &amp;déconnecter quand même</translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation>&amp;Arrêter la surveillance</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>&amp;Continuer le suivi</translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation>Démarrer la réconciliation&#xa0;?</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <translation>L&apos;appliance n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe, ou la session a expiré.</translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation>L&apos;appliance n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation>L&apos;utilisateur n&apos;est pas autorisé à effectuer cette opération. Les opérations de l&apos;appliance nécessitent un utilisateur SSO membre du groupe SystemConfiguration.Administrators.</translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation>L&apos;appliance ne connaît pas cet objet (pour la tâche de réconciliation&#xa0;: aucune tâche n&apos;a été démarrée).</translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation>L&apos;appliance est occupée&#xa0;: une sauvegarde, une restauration ou une réconciliation est déjà en cours.</translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation>L&apos;appliance ne l&apos;autorise pas pour l&apos;instant. La réconciliation ne peut démarrer qu&apos;une fois la restauration terminée avec succès.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation>La restauration est toujours en cours ({progress}&#xa0;%). La réconciliation ne peut démarrer qu&apos;une fois celle-ci terminée avec succès&#xa0;: attendez-la (reconui-cli&#xa0;: --wait-for-restore).</translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation>La tâche de restauration a échoué (FAILED)&#xa0;: la réconciliation ne peut donc pas démarrer. Lisez les messages de la restauration, corrigez la cause et relancez la restauration (interface de gestion de l&apos;appliance, port 5480).</translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation>L&apos;appliance a rejeté la demande. Vérifiez le nom d&apos;utilisateur et le mot de passe de l&apos;administrateur SSO.</translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation>Les services de l&apos;appliance sont momentanément indisponibles (HTTP {status}).</translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation>L&apos;appliance a signalé une erreur (HTTP {status}).</translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation>Le nom {host} n&apos;a pas pu être résolu. Vérifiez le nom d&apos;hôte et vos paramètres DNS.</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation>{host} a refusé la connexion sur le port {port}. L&apos;appliance est-elle démarrée, et le port est-il correct&#xa0;?</translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation>La connexion à {host} a été fermée de manière inattendue.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} n&apos;a pas répondu dans un délai de {seconds} secondes.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation>La connexion sécurisée (TLS) avec {host} n&apos;a pas pu être établie&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation>Le proxy {proxy} n&apos;a pas permis d&apos;atteindre {host}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation>Connexion à {host} impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation>L&apos;appliance a envoyé une réponse inutilisable ({reason}).</translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation>La réponse de l&apos;appliance n&apos;avait pas la forme attendue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation>Le certificat de {host} n&apos;est pas signé par une autorité approuvée par cet ordinateur. Vérifiez son empreinte SHA-256 {sha256} auprès de l&apos;administrateur de l&apos;appliance avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation>Le certificat de {host} est signé par une autorité de confiance, mais il a été émis pour d&apos;autres noms ({names}), pas pour l&apos;adresse que vous avez saisie.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation>Le certificat de {host} n&apos;est pas valide actuellement (valide jusqu&apos;au {not_after}), même si son autorité est peut-être approuvée. Vérifiez l&apos;horloge de cet ordinateur et le certificat de l&apos;appliance.</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation>Le certificat de {host} a changé depuis que vous lui avez fait confiance (auparavant {pinned}, maintenant {sha256}). Rien n&apos;a été envoyé. Une restauration peut légitimement remplacer le certificat&#xa0;: vérifiez la nouvelle empreinte avant de lui faire de nouveau confiance.</translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation>Le fichier des empreintes de certificats approuvés {path} est inutilisable ({reason}). Rien n&apos;a été envoyé. Corrigez ou supprimez le fichier, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not be used.</source>
        <translation>Le magasin de mots de passe ({store}) n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not read the password.</source>
        <translation>Le magasin de mots de passe ({store}) n&apos;a pas pu lire le mot de passe.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not save the password.</source>
        <translation>Le magasin de mots de passe ({store}) n&apos;a pas pu enregistrer le mot de passe.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not delete the password.</source>
        <translation>Le magasin de mots de passe ({store}) n&apos;a pas pu supprimer le mot de passe.</translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation>Le magasin de mots de passe ({store}) est verrouillé. Déverrouillez-le pour mémoriser ou lire des mots de passe.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation>Aucun magasin de mots de passe sécurisé n&apos;est disponible sur cet ordinateur (par exemple pas de Secret Service dans une session sans écran ou SSH). Les mots de passe restent en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation>Le seul magasin de mots de passe disponible ({store}) conserve les mots de passe dans un fichier sur disque sans réelle protection. reconui ne l&apos;utilise pas&#xa0;; les mots de passe restent en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation>Attente abandonnée après {minutes} minutes sans réponse exploitable de l&apos;appliance.</translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation>L&apos;adresse du serveur {value} n&apos;est pas valide&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation>5. Santé après la réconciliation</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>Constats de santé</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Élément vérifié</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation>Constat et action à mener</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation>Arrête les vérifications répétées pendant que des services démarrent encore. Le résultat de la tâche reste inchangé&#xa0;; la santé est alors signalée comme non vérifiée.</translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation>PAS ENCORE VÉRIFIÉE</translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation>Santé&#xa0;: pas encore vérifiée</translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation>La santé de l&apos;appliance est vérifiée une fois que la tâche a l&apos;état SUCCEEDED.</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation>Santé&#xa0;: vérification en cours</translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation>Les services se stabilisent encore après la réconciliation&#xa0;; nouvelle vérification.</translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation>Vérification de la santé de l&apos;appliance…</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>EN BONNE SANTÉ</translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation>ATTENTION REQUISE</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NON VÉRIFIÉE</translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation>Santé&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation>OK ({count})&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation>Santé&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation>Historique — reconui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Exécutions précédentes</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation>{outcome} (simulation)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation>
            <numerusform>%n exécution dans le dossier des rapports, la plus récente en premier.</numerusform>
            <numerusform>%n exécutions dans le dossier des rapports, la plus récente en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <translation>4. Tâche de réconciliation</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>Translators: the progress bar&apos;s text; %p is the percentage (Qt fills it in)</extracomment>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progression de la tâche</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Écoulé&#xa0;:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Démarrée&#xa0;:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Terminée&#xa0;:</translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation>Filtrer les messages (texte ou ID)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrer les messages</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>Arrê&amp;ter la surveillance</translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation>Arrête le suivi. La tâche elle-même ne peut pas être annulée et continue sur l&apos;appliance&#xa0;; reconnectez-vous plus tard pour voir son résultat.</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Enregis&amp;trer le rapport…</translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation>Copier &amp;le résumé</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>&amp;Relancer…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Heure ({zone})</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>NON DÉMARRÉE</translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation>Aucune tâche n&apos;est suivie.</translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation>Que faire maintenant&#xa0;: {step}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation>Une tâche de réconciliation est en cours sur l&apos;appliance et n&apos;est pas encore suivie. Utilisez «&#xa0;Suivre la tâche en cours&#xa0;» pour la suivre.</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>RÉUSSIE</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation>La dernière tâche de réconciliation sur cette appliance a réussi (terminée le {end}).</translation>
    </message>
    <message>
        <source>FAILED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation>La dernière tâche de réconciliation sur cette appliance a échoué (terminée le {end}).</translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation>L&apos;appliance signale une tâche à l&apos;état {status}.</translation>
    </message>
    <message>
        <source>STARTING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>DÉMARRAGE</translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation>RATTACHEMENT</translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation>Demande de démarrage de la tâche à l&apos;appliance…</translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation>Rattachement à la tâche en cours…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation>La tâche a été démarrée.</translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation>Suivi de la tâche déjà en cours.</translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation>En cours — dernier changement constaté à {time}.</translation>
    </message>
    <message>
        <source>WAITING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation>L&apos;adresse répond, mais pas comme l&apos;API de l&apos;appliance (un proxy ou le réseau répond-il à sa place&#xa0;?)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation>Redémarrage des services de l&apos;appliance&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation>L&apos;adresse de l&apos;appliance répond avec quelque chose qui n&apos;est pas l&apos;appliance (un proxy ou le réseau&#xa0;?) — attente (jusqu&apos;à {time}).</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation>Redémarrage des services de l&apos;appliance — attente (jusqu&apos;à {time}). C&apos;est normal pendant la réconciliation.</translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation>
            <numerusform>Attente depuis {waited},&#xa0;%n tentative&#xa0;; nouvelles tentatives jusqu&apos;à {time}.</numerusform>
            <numerusform>Attente depuis {waited},&#xa0;%n tentatives&#xa0;; nouvelles tentatives jusqu&apos;à {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation>{time}&#xa0;: l&apos;appliance répond de nouveau après {seconds} s de redémarrage des services.</translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation>{time}&#xa0;: la session avait expiré&#xa0;; reconnexion effectuée, le suivi continue.</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>NON SURVEILLÉE</translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation>Surveillance arrêtée. La tâche de réconciliation continue sur l&apos;appliance&#xa0;; reconnectez-vous plus tard pour vérifier son résultat, ou utilisez «&#xa0;Suivre la tâche en cours&#xa0;» tant que vous êtes connecté.</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>au plus tard à {time}</translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation>Réconciliation terminée avec succès.</translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation>Échec de la réconciliation. L&apos;erreur de l&apos;appliance est affichée ci-dessous.</translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation>L&apos;appliance n&apos;a fourni aucun détail.</translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation>Rapport enregistré automatiquement&#xa0;: {links}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Enregistré dans {folder}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Passwords are remembered in {name}.</source>
        <translation>Les mots de passe sont mémorisés dans {name}.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>Le trousseau n&apos;a pas pu être ouvert.</translation>
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
        <translation>Le certificat de {address} a changé depuis que vous lui avez fait confiance. Rien n&apos;a été envoyé&#xa0;; la boîte de dialogue affiche les deux empreintes.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>Vérification du certificat…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation>certificat vérifié par une autorité de confiance (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation>certificat approuvé pour cette session (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation>certificat épinglé (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation>Vérification du certificat de {address}…</translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation>Connexion à {address}…</translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation>Non connecté&#xa0;: le certificat de {address} n&apos;a pas été approuvé. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation>L&apos;empreinte épinglée n&apos;a pas pu être enregistrée&#xa0;; le certificat est approuvé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation>Connexion via le nom du certificat {name}…</translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation>Arrêté&#xa0;: le certificat de {address} a changé. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation>L&apos;ancienne empreinte épinglée n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation>L&apos;ancienne empreinte épinglée pour {address} a été supprimée. Reconnectez-vous pour examiner le nouveau certificat.</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation>Le simulateur intégré n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation>SIMULATION — le simulateur d&apos;appliance intégré de reconui est actif sur {address} (scénario «&#xa0;{scenario}&#xa0;»). Aucun vrai vCenter n&apos;est touché.</translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation>Un mot de passe mémorisé n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau. Il reste en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation>Vérifie le certificat, se connecte et examine l&apos;appliance. Rien n&apos;est encore démarré.</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Se déco&amp;nnecter</translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation>Connecté à {address} · /{flavor}</translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation>La tâche a l&apos;état SUCCEEDED, mais l&apos;appliance n&apos;est pas encore en bonne santé&#xa0;: voir «&#xa0;Santé après la réconciliation&#xa0;».</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation>Redémarrage des services de l&apos;appliance — attente (jusqu&apos;à {time})…</translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation>En attente de l&apos;appliance</translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation>L&apos;appliance répond de nouveau (après {seconds} s).</translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation>La session avait expiré&#xa0;; reconnexion effectuée.</translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation>Réconciliation réussie — {host}</translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation>La tâche de réconciliation s&apos;est terminée avec succès.</translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation>ÉCHEC de la réconciliation — {host}</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>La tâche a échoué.</translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation>reconui a besoin de vous — {host}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation>Un problème inattendu s&apos;est produit. Les détails se trouvent dans le fichier journal (Aide → Ouvrir le dossier des journaux).</translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation>La surveillance s&apos;est arrêtée à cause d&apos;une erreur interne.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation>Ouvrir le &amp;dernier rapport</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copier le &amp;résumé</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>&amp;Certificats de confiance…</translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation>Ouvrir le dossier des &amp;rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation>Essayer le &amp;simulateur intégré</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation>À &amp;propos de reconui</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Rapport&#xa0;: {path}</translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation>Aucun rapport pour l&apos;instant. Chaque exécution en écrit un dans {path}.</translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation>reconui {version} — résumé de la réconciliation</translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation>Appliance&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Version&#xa0;: {version}</translation>
    </message>
    <message>
        <source>API: /{flavor}</source>
        <translation>API&#xa0;: /{flavor}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation>Certificat SHA-256&#xa0;: {sha}</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>Administrateur SSO&#xa0;: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: yes</source>
        <translation>Ignorer les avertissements&#xa0;: oui</translation>
    </message>
    <message>
        <source>Ignore warnings: no</source>
        <translation>Ignorer les avertissements&#xa0;: non</translation>
    </message>
    <message>
        <source>Result: {status}</source>
        <translation>Résultat&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation>Progression&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation>Démarrée&#xa0;: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>Terminée&#xa0;: {time}</translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation>Étape suivante&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messages&#xa0;:</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Résumé copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation>{what} {path} n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation>{what}&#xa0;: {path} (si aucun gestionnaire de fichiers ne s&apos;ouvre, ouvrez-le manuellement)</translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation>Impossible d&apos;ouvrir un gestionnaire de fichiers. {what}&#xa0;: {path}</translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation>À propos de reconui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Exécute et suit la tâche de réconciliation post-restauration de vCenter Server Appliance.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Journaux&#xa0;: {logs}&lt;br&gt;Rapports&#xa0;: {reports}&lt;/p&gt;</translation>
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
        <translation>{status} {percent}&#xa0;%</translation>
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
        <translation>reconui — réconciliation vCenter</translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation>[SIMULATION] {title}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>MessagesTable</name>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation>Messages de la tâche</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <translation>Vérifiez le nom d&apos;utilisateur vCenter et ressaisissez le mot de passe, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation>Connectez-vous avec un utilisateur SSO membre du groupe SystemConfiguration.Administrators (par exemple administrator@vsphere.local).</translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation>Rien à suivre pour l&apos;instant&#xa0;: reconnectez-vous et démarrez la réconciliation depuis la vérification préalable.</translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation>Attendez la fin de la sauvegarde, de la restauration ou de la réconciliation en cours (voir l&apos;interface de gestion de l&apos;appliance sur le port 5480), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation>Répétez la restauration jusqu&apos;à ce que la tâche de restauration indique SUCCEEDED, puis démarrez la réconciliation.</translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation>Attendez la fin de la restauration (ou utilisez --wait-for-restore), puis démarrez la réconciliation.</translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation>Lisez les messages de la restauration, corrigez-en la cause et répétez la restauration&#xa0;; la réconciliation vient ensuite.</translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation>Ressaisissez le nom d&apos;utilisateur et le mot de passe de l&apos;administrateur SSO, puis relancez.</translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation>Attendez quelques minutes que les services de l&apos;appliance soient disponibles, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation>Consultez l&apos;interface de gestion de l&apos;appliance (port 5480) et ses journaux, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation>Vérifiez l&apos;orthographe du nom d&apos;hôte, ou connectez-vous via son adresse IP ou son nom complet (FQDN).</translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation>Vérifiez que l&apos;appliance est sous tension et que le port est 443 (ou celui qu&apos;elle utilise).</translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation>Vérifiez à nouveau dans une minute&#xa0;; si le problème se répète, vérifiez les pare-feu et proxys entre vous et l&apos;appliance.</translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation>Vérifiez que l&apos;appliance répond sur le port 443 depuis cet ordinateur (pare-feu, VPN, proxy).</translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation>Vérifiez que l&apos;adresse désigne bien l&apos;appliance elle-même et non un autre service ou un proxy.</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate that issued the appliance&apos;s certificate (the appliance offers its VMCA root certificates under /certs/download.zip), or leave the CA file empty.</source>
        <translation>Choisissez un fichier PEM contenant le certificat de l&apos;autorité de certification qui a émis le certificat de l&apos;appliance (l&apos;appliance propose ses certificats racine VMCA sous /certs/download.zip), ou laissez le fichier CA vide.</translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation>Vérifiez l&apos;adresse du proxy, ou choisissez «&#xa0;Aucun proxy&#xa0;» si l&apos;appliance est joignable directement.</translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation>Vérifiez l&apos;adresse et le chemin réseau vers l&apos;appliance, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation>Vérifiez si un proxy répond à la place de l&apos;appliance (essayez «&#xa0;Aucun proxy&#xa0;»)&#xa0;; pendant un redémarrage des services, attendez puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation>Forcez l&apos;autre variante d&apos;API (/api ou /rest) et reconnectez-vous&#xa0;; si le problème se répète, enregistrez le rapport.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation>Comparez l&apos;empreinte SHA-256 avec celle que l&apos;appliance affiche sur sa console ou sur le port 5480 avant de lui faire confiance, ou choisissez le fichier CA qui l&apos;a signé.</translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation>Connectez-vous avec l&apos;un de ces noms&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation>Renouvelez le certificat de l&apos;appliance (ou corrigez l&apos;horloge de cet ordinateur)&#xa0;; ne lui faites confiance pour cette exécution qu&apos;après avoir vérifié son empreinte.</translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation>Demandez à la personne qui a restauré l&apos;appliance si son certificat a été remplacé&#xa0;; ensuite seulement, supprimez l&apos;ancienne empreinte épinglée et faites confiance à la nouvelle.</translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation>Corrigez les autorisations du fichier d&apos;empreintes épinglées ou déplacez-le, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation>Décochez «&#xa0;Mémoriser&#xa0;» pour l&apos;instant (le mot de passe n&apos;est alors conservé que pour cette session), ou réparez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation>Déverrouillez le trousseau (connectez-vous au portefeuille de votre session de bureau), puis réessayez.</translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation>Saisissez le mot de passe à chaque fois, ou installez et déverrouillez un service de trousseau.</translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation>Saisissez le mot de passe à chaque fois&#xa0;; reconui n&apos;enregistre pas les mots de passe dans un trousseau non chiffré.</translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation>Reconnectez-vous et suivez la tâche en cours&#xa0;: elle continue sur l&apos;appliance. Si l&apos;appliance ne répond plus, vérifiez-la sur le port 5480.</translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation>Corrigez l&apos;adresse (nom d&apos;hôte ou IP, port 1–65535) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation>Vérifiez que les partenaires Enhanced Linked Mode sont résolus et répondent sur le port 443, puis répétez la restauration avant de redémarrer la réconciliation.</translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation>Rendez les partenaires en mode lié joignables et relancez&#xa0;; ou relancez avec «&#xa0;Ignorer les avertissements&#xa0;», en sachant que les modifications effectuées sur ce nœud après la sauvegarde seront alors perdues.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: how a run ended, in capitals like the appliance&apos;s job states (History, summary)</extracomment>
        <translation>RÉUSSIE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>NON SURVEILLÉE</translation>
    </message>
    <message>
        <source>NO JOB</source>
        <translation>AUCUNE TÂCHE</translation>
    </message>
    <message>
        <source>LAST JOB FINISHED</source>
        <translation>DERNIÈRE TÂCHE TERMINÉE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation>Partenaires en mode lié</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>Réplication</translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation>Retard des modifications</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (connectez-vous d&apos;abord)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Translators: a table cell: the partner status could not be read</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Translators: a table cell answering “Reachable?” (yes, or a warning that it is not)
----------
Translators: a table cell answering “Replicating?”</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>✖ NO</source>
        <translation>✖ NON</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>Afficher&#xa0;: {field}</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation>3. Vérification préalable</translation>
    </message>
    <message>
        <source>Appliance:</source>
        <translation>Appliance&#xa0;:</translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation>API utilisée&#xa0;:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Restauration&#xa0;:</translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation>Mode lié&#xa0;:</translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation>Tâche de réconciliation&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation>Démar&amp;rer la réconciliation…</translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation>Suiv&amp;re la tâche en cours</translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation>Suivre la tâche déjà en cours d&apos;exécution sur l&apos;appliance.</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>&amp;Relancer…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (connectez-vous d&apos;abord)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation>inconnu (l&apos;appliance ne l&apos;a pas indiqué)</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation>✔ SUCCEEDED — la réconciliation peut démarrer</translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation>✖ FAILED — {sentence}</translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation>⚠ {state} — l&apos;appliance n&apos;autorise la réconciliation qu&apos;après une restauration réussie</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation>⟳ INPROGRESS ({percent}&#xa0;%) — n&apos;est plus suivie&#xa0;; «&#xa0;Vérifier à nouveau&#xa0;» la réexamine</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation>⟳ INPROGRESS ({percent}&#xa0;%) — suivi en cours&#xa0;; la réconciliation pourra démarrer une fois l&apos;état SUCCEEDED atteint</translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation>Aucune — prête à démarrer</translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation>Aucune — en attente de la restauration</translation>
    </message>
    <message>
        <source>None — a successful restore comes first</source>
        <translation>Aucune — une restauration réussie est d&apos;abord nécessaire</translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation>⟳ RUNNING — suivie ci-dessous</translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation>⟳ RUNNING ({percent}&#xa0;%), démarrée le {start} — «&#xa0;Suivre la tâche en cours&#xa0;» pour la suivre</translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation>{mark} Dernière exécution&#xa0;: {status}, terminée le {end}</translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation>{status} ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation>La restauration ne s&apos;est pas terminée avec succès&#xa0;: l&apos;appliance refuserait donc de démarrer la réconciliation. Terminez la restauration, puis utilisez «&#xa0;Vérifier à nouveau&#xa0;».</translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation>Démarrer une nouvelle tâche de réconciliation alors qu&apos;une tâche a déjà été exécutée.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>le jeton de session</translation>
    </message>
    <message>
        <source>health level</source>
        <translation>le niveau de santé</translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation>{where} doit être un objet, reçu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation>{where} doit être un tableau, reçu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation>{where} doit être une chaîne, reçu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation>{where} doit être un entier, reçu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation>{where} doit être un nombre, reçu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation>{where} doit être un booléen, reçu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation>{where} doit être un objet ou un tableau clé/valeur, reçu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation>{where} doit être une chaîne date-heure RFC 3339, reçu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation>{where} sort de la plage des entiers 64 bits</translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation>{where} dépasse la capacité d&apos;un double</translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation>{where} doit être un nombre fini</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>il manque {where}</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} est vide</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation>{where} n&apos;est pas une date-heure RFC 3339</translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation>{where} a un décalage UTC non valide</translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation>{where} n&apos;est pas une date-heure valide</translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation>{where} a une clé qui n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation>{where} a trop de niveaux d&apos;imbrication</translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation>impossible de lire {where} ({kind})</translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation>{where} compte {length} caractères (au plus {limit} acceptés)</translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation>{where} est vide ou contient des caractères non autorisés dans un en-tête HTTP</translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation>il manque {where} (enveloppe /rest «&#xa0;value&#xa0;» attendue)</translation>
    </message>
    <message>
        <source>the brackets around the IPv6 address are unbalanced</source>
        <translation>les crochets autour de l&apos;adresse IPv6 ne sont pas équilibrés</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>seule une adresse IPv6 se met entre crochets</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>la valeur est vide</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>la valeur contient des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <source>it contains &apos;%&apos; (percent-encoding or an IPv6 zone index is not supported)</source>
        <translation>la valeur contient &apos;%&apos; (l&apos;encodage par pourcentage et l&apos;index de zone IPv6 ne sont pas pris en charge)</translation>
    </message>
    <message>
        <source>it contains a user name or password; give the user separately</source>
        <translation>la valeur contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; indiquez l&apos;utilisateur séparément</translation>
    </message>
    <message>
        <source>enter only the host name or address, without https://, a path or a port</source>
        <translation>saisissez uniquement le nom d&apos;hôte ou l&apos;adresse, sans https://, chemin ni port</translation>
    </message>
    <message>
        <source>it is neither a host name nor an IPv6 address</source>
        <translation>la valeur n&apos;est ni un nom d&apos;hôte ni une adresse IPv6</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>la valeur contient une partie vide entre deux points</translation>
    </message>
    <message>
        <source>a part of a host name cannot begin or end with &apos;-&apos;</source>
        <translation>une partie d&apos;un nom d&apos;hôte ne peut pas commencer ni finir par &apos;-&apos;</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>un nom d&apos;hôte ne contient que des lettres, des chiffres, &apos;-&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>the proxy URL must not have a path, query or fragment (expected http://host:port)</source>
        <translation>l&apos;URL du proxy ne doit comporter ni chemin, ni requête, ni fragment (attendu&#xa0;: http://hôte:port)</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>la valeur n&apos;est pas une adresse IPv4 valide</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre entre 1 et 65535</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>seules les adresses https:// sont prises en charge</translation>
    </message>
    <message>
        <source>it contains a user name or password; enter the user name in its own field (--user)</source>
        <translation>la valeur contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; saisissez le nom d&apos;utilisateur dans son propre champ (--user)</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing bracket</source>
        <translation>il manque le crochet fermant de l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>texte inattendu après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>no proxy address was given</source>
        <translation>aucune adresse de proxy n&apos;a été indiquée</translation>
    </message>
    <message>
        <source>an IPv6 proxy address goes in brackets: http://[::1]:3128</source>
        <translation>une adresse de proxy IPv6 se met entre crochets&#xa0;: http://[::1]:3128</translation>
    </message>
    <message>
        <source>a host name has at most {limit} characters</source>
        <translation>un nom d&apos;hôte compte au plus {limit} caractères</translation>
    </message>
    <message>
        <source>each part of a host name has at most {limit} characters</source>
        <translation>chaque partie d&apos;un nom d&apos;hôte compte au plus {limit} caractères</translation>
    </message>
    <message>
        <source>{scheme}:// proxies are not supported, only http://host:port</source>
        <translation>les proxys {scheme}:// ne sont pas pris en charge, seulement http://hôte:port</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>truncated or malformed HTTP answer: {cause}</source>
        <translation>réponse HTTP tronquée ou mal formée&#xa0;: {cause}</translation>
    </message>
    <message>
        <source>HTTP {status}, JSON nested too deeply</source>
        <translation>HTTP {status}, JSON trop profondément imbriqué</translation>
    </message>
    <message>
        <source>HTTP {status}, empty body</source>
        <translation>HTTP {status}, corps vide</translation>
    </message>
    <message>
        <source>HTTP {status}, truncated or malformed JSON</source>
        <translation>HTTP {status}, JSON tronqué ou mal formé</translation>
    </message>
    <message>
        <source>HTTP {status}, {kind} instead of JSON</source>
        <translation>HTTP {status}, {kind} au lieu de JSON</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP {status})</source>
        <translation>une redirection inattendue (HTTP {status})</translation>
    </message>
    <message>
        <source>HTTP {status}, an answer larger than {megabytes} MB</source>
        <translation>HTTP {status}, une réponse de plus de {megabytes} Mo</translation>
    </message>
    <message>
        <source>the API flavour must be auto, api or rest</source>
        <translation>la variante d&apos;API doit être auto, api ou rest</translation>
    </message>
    <message>
        <source>the CA file {path} cannot be used ({why})</source>
        <translation>le fichier CA {path} est inutilisable ({why})</translation>
    </message>
    <message>
        <source>the proxy address is not a valid URL ({why})</source>
        <translation>l&apos;adresse du proxy n&apos;est pas une URL valide ({why})</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>le serveur n&apos;a présenté aucun certificat</translation>
    </message>
    <message>
        <source>the certificate&apos;s fingerprint has changed</source>
        <translation>l&apos;empreinte du certificat a changé</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>le certificat du serveur ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation>Restauration&#xa0;%p&#xa0;%</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Arrêter le suivi</translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation>Arrête le suivi de la restauration. Elle continue sur l&apos;appliance&#xa0;; utilisez «&#xa0;Vérifier à nouveau&#xa0;» pour la réexaminer.</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>Messages de la restauration</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <translation>NON DÉMARRÉE</translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation>État de la tâche&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <translation>Ce certificat a expiré.</translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>Ce certificat n&apos;est pas encore valide (vérifiez l&apos;horloge de cet ordinateur).</translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <translation>Certificat émis pour d&apos;autres noms — {address}</translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation>Certificat inconnu — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation>&lt;b&gt;Le certificat de {address} est signé par une autorité approuvée par cet ordinateur, mais il a été émis pour d&apos;autres noms.&lt;/b&gt;&lt;br&gt;Rien n&apos;a encore été envoyé. Connectez-vous avec l&apos;un de ces noms&#xa0;:</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>Se connecter à {name}</translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation>Si aucun de ces noms n&apos;est résolu depuis cet ordinateur, vous pouvez à la place épingler ce certificat précis, après avoir vérifié son empreinte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation>&lt;b&gt;{address} a présenté un certificat auquel cet ordinateur ne fait pas confiance.&lt;/b&gt;&lt;br&gt;Rien ne lui a encore été envoyé. Comparez l&apos;empreinte SHA-256 ci-dessous avec celle affichée sur l&apos;appliance (par exemple &lt;i&gt;Gestion des certificats&lt;/i&gt; dans vSphere Client, ou la console de l&apos;appliance) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>&amp;Copier l&apos;empreinte</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Autres noms&#xa0;:</translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation>{issuer}  (auto-signé)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation>SHA-1 (pour les écrans plus anciens)&#xa0;:</translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation>Épingler quand même, une &amp;fois</translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation>Épingler quand même et &amp;mémoriser</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Faire confiance une &amp;fois</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>Faire confiance et &amp;mémoriser</translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation>Accepter ce certificat jusqu&apos;à la fermeture de reconui.</translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation>Accepter ce certificat maintenant et lors des prochaines connexions à {address}.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation>Certificats de confiance — reconui</translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation>Certificats que vous avez choisi d&apos;approuver et de mémoriser, par adresse. Les empreintes épinglées sont stockées dans {path}.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation>L&apos;empreinte épinglée pour {address} a été supprimée. La prochaine connexion vous le demandera de nouveau.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>{path} n&apos;a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation>{path} n&apos;est pas une liste de lignes «&#xa0;host:port sha256&#xa0;» ({reason}). Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation>
            <numerusform>%n certificat de confiance importé.</numerusform>
            <numerusform>%n certificats de confiance importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation>La liste n&apos;a pas pu être écrite dans {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation>
            <numerusform>%n certificat de confiance exporté vers {path}.</numerusform>
            <numerusform>%n certificats de confiance exportés vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation>Supprimer le certificat approuvé de {address}&#xa0;? Lors de la prochaine connexion, son certificat vous sera de nouveau présenté pour confirmation.</translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation>Supprimer l&apos;empreinte épinglée&#xa0;?</translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation>Importer des certificats de confiance</translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation>Listes d&apos;empreintes (*.txt *.pins);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation>Exporter des certificats de confiance</translation>
    </message>
</context>
</TS>
