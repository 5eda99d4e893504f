<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation>Se produjo un error inesperado ({kind}). Los detalles están en la carpeta de registros: {folder}</translation>
    </message>
</context>
<context>
    <name>ApplianceMessages</name>
    <message>
        <source>Authentication required.</source>
        <translation>Se requiere autenticación.</translation>
    </message>
    <message>
        <source>This method requires authentication.</source>
        <translation>Este método requiere autenticación.</translation>
    </message>
    <message>
        <source>Unable to find operations for URL: %s.</source>
        <translation>No se encontraron operaciones para la URL: %s.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>El archivo de CA {path} no existe.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation>{path} es una carpeta, no un archivo de certificado de CA.</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de CA {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>{path} no contiene ningún certificado en formato PEM (texto que empieza por -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation>El texto del certificado de {path} está dañado y no se puede leer.</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation>El certificado cambió — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation>&lt;b&gt;El certificado de {address} no es el que usted aceptó como de confianza. reconui se detuvo y no envió nada.&lt;/b&gt;&lt;br&gt;Puede tratarse de un ataque o de un cambio legítimo: una restauración o una renovación de certificado reemplaza el certificado del dispositivo. Verifique la nueva huella digital en el propio dispositivo antes de confiar en él.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation>&lt;b&gt;De confianza antes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Presentado ahora&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256 de confianza</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256 presentada</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>Nuevo asunto:</translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation>Nuevo emisor:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation>Nueva validez:</translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation>Si verificó que el cambio es legítimo, quite el anclaje anterior y vuelva a conectarse: se le mostrará el nuevo certificado para que lo revise.</translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation>&amp;Olvidar anclaje anterior…</translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation>¿Olvidar el anclaje anterior?</translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation>¿Quitar la huella digital de confianza de {address}? Este paso no aprueba nada: en la próxima conexión se le preguntará por el nuevo certificado.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation>No hay asociados del modo vinculado: este nodo es independiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation>
            <numerusform>%n vínculo de replicación, todos los asociados accesibles.</numerusform>
            <numerusform>%n vínculos de replicación, todos los asociados accesibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation>El asociado del modo vinculado {partners} no responde. La reconciliación lo advierte y falla a menos que se ignoren las advertencias; si las ignora, se pierden los cambios realizados en este nodo después de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation>Estado de los asociados no disponible: este dispositivo no ofrece el estado de replicación (existe desde vSphere 6.7 Update 2).</translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation>Estado de los asociados no disponible: el usuario no tiene permiso para leer el estado de replicación (HTTP 403).</translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation>Estado de los asociados no disponible: {reason}</translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation>Si se ignoran las advertencias, la reconciliación continúa sin {partners}: se pierden los cambios realizados en este nodo después de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation>La restauración aún está en curso ({progress} %); se espera a que termine antes de iniciar.</translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation>La restauración terminó correctamente; la reconciliación puede iniciarse.</translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation>Salud de {name}: verde.</translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation>La salud de {name} es amarilla: correcta, pero con algunos problemas. Revísela en la interfaz de administración del dispositivo (puerto 5480, Supervisar) antes de devolver vCenter a los usuarios.</translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation>La salud de {name} es naranja: degradada, puede tener problemas graves. Revísela ahora en la interfaz de administración del dispositivo (puerto 5480, Supervisar).</translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation>La salud de {name} es roja: no disponible o a punto de dejar de funcionar. Solucione el problema antes de que nadie use este vCenter (interfaz de administración del dispositivo, puerto 5480).</translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation>La salud de {name} es gris: aún no hay datos de salud.</translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation>No se pudo comprobar la salud de {name}: aún no hay datos de salud tras {minutes} minutos.</translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation>La salud de {name} es {level}, un nivel que reconui no conoce. Compruébela en el dispositivo.</translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation>Servicio {service}: STARTED, HEALTHY.</translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation>El servicio {service} se inicia automáticamente, pero está {state}. Inícielo (vSphere Client: Administración, Configuración del sistema, Servicios; o en el dispositivo: service-control --start {service}).</translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation>El servicio {service} sigue {state}.</translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation>El servicio {service} sigue {state} tras {minutes} minutos. Compruébelo en el dispositivo (service-control --status {service}) e inícielo si no arranca.</translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation>El servicio {service} se ejecuta en estado DEGRADED. Lea sus mensajes de salud, compruebe su registro en el dispositivo y reinícielo (service-control --restart {service}).</translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation>El servicio {service} se ejecuta en estado HEALTHY_WITH_WARNINGS. Lea sus mensajes de salud antes de devolver vCenter a los usuarios.</translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation>El servicio {service} está STARTED con salud {health}, que reconui no conoce.</translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation>{name} no se comprobó: este dispositivo no lo ofrece (HTTP 404).</translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation>{name} aún no responde: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation>No se pudo comprobar {name}: {reason}</translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation>Correcto: salud general verde, todos los subsistemas en verde y todos los servicios automáticos en STARTED y HEALTHY.</translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation>Correcto, hasta donde este dispositivo puede indicar: todo lo que ofrece está en verde e iniciado ({missing} no disponible).</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation>
            <numerusform>Requiere atención: %n problema tras la reconciliación, con los pasos a seguir.</numerusform>
            <numerusform>Requiere atención: %n problemas tras la reconciliación, con los pasos a seguir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation>No se pudo comprobar: {reason}</translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation>este dispositivo no ofrece ninguno de los endpoints de salud (HTTP 404).</translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation>la comprobación se detuvo antes de que la salud se estabilizara.</translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation>Aún iniciándose: {names}. Se vuelve a comprobar hasta las {time} como máximo.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>1. Appliance</source>
        <translation>1. Dispositivo</translation>
    </message>
    <message>
        <source>vcsa.example.com or 10.0.0.5</source>
        <translation>vcsa.example.com o 10.0.0.5</translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation>Nombre de host o dirección del dispositivo</translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation>El nombre de host o la dirección IP de vCenter Server Appliance. Los hosts recientes están en la lista.</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation>443 es la API de vSphere. Algunos administradores usan el puerto de administración del dispositivo, 5480, donde también se puede seguir el trabajo.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation>Automática (preferir /api)</translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation>/api (vSphere 7.0 U2 y posterior)</translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation>/rest (6.5 y posterior, obsoleta)</translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation>Tipo de API</translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation>El modo automático detecta el tipo al iniciar sesión; fuerce uno si la detección elige el incorrecto.</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>AP&amp;I:</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation>Sin proxy (directo)</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
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
        <translation>UR&amp;L del proxy:</translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation>opcional, p. ej. la raíz de VMCA del dispositivo (.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation>Un archivo PEM con certificados de CA de confianza adicionales, además del almacén de confianza de este equipo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>Buscar un archivo de certificado de CA</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>Archiv&amp;o de CA:</translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation>Probar el simulador integrado</translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation>Inicia un dispositivo simulado en este equipo para ver cómo es una ejecución de reconciliación antes de usar uno real.</translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation>Introduzca el nombre de host o la dirección del dispositivo.</translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation>El host no es válido: {reason}.</translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation>Introduzca la URL del proxy o elija otra configuración de proxy.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation>Introduzca el proxy como http://host:puerto, p. ej. http://proxy.example.com:3128 ({reason}).</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation>Introduzca un puerto entre 1 y 65535 (443 para la API de vSphere).</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation>2. Credenciales</translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation>&amp;Usuario de vCenter:</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>Usuario de vCenter</translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation>El usuario que inicia sesión en la API del dispositivo, p. ej. administrator@vsphere.local.</translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation>Contraseña de vCen&amp;ter:</translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation>Contraseña de vCenter</translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation>Administrador de &amp;SSO:</translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation>Usuario administrador de SSO</translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation>El administrador de vCenter Single Sign-On que necesita el trabajo de reconciliación.</translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation>Contraseña &amp;de SSO:</translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation>Contraseña del administrador de SSO</translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation>Ig&amp;norar advertencias</translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation>Modo vinculado mejorado: si no se puede acceder a los asociados de replicación, el trabajo continúa igualmente y se pierden los cambios realizados después de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation>Recordar (comprobando el llavero…)</translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation>reconui está comprobando si hay disponible un almacén de contraseñas seguro.</translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation>Recordar en {backend}</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation>Recordar (el llavero {backend} está bloqueado)</translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation>Recordar (no hay ningún llavero seguro disponible)</translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation>El almacén de contraseñas ({backend}) está bloqueado. Desbloquéelo y reinicie reconui para recordar contraseñas; hasta entonces se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation>No se pueden recordar las contraseñas: no hay ningún almacén de contraseñas seguro disponible. Se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation>Recordar la contraseña de vCenter: {state}</translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation>Recordar la contraseña de SSO: {state}</translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation>Introduzca el usuario de vCenter.</translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation>Introduzca la contraseña de vCenter.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation>Introduzca el usuario administrador de SSO.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation>Introduzca la contraseña del administrador de SSO.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <translation>¿Iniciar el trabajo de reconciliación en {address}?</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>Administrador de SSO: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation>Ignorar advertencias: SÍ — si no se puede acceder a los asociados del modo vinculado mejorado, se pierden los cambios realizados después de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation>Ignorar advertencias: no — el trabajo se detiene ante advertencias de validación.</translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation>Ya se ejecutó un trabajo de reconciliación en este dispositivo. Un trabajo nuevo vuelve a iniciar la reconciliación desde el principio.</translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation>El trabajo no se puede cancelar una vez iniciado.</translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation>¿Dejar de supervisar el trabajo?</translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation>Al cerrar reconui se deja de supervisar el trabajo de reconciliación.</translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation>Al salir de reconui se deja de supervisar el trabajo de reconciliación.</translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation>Al desconectarse se deja de supervisar el trabajo de reconciliación.</translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation>¿Dejar de supervisar el trabajo de reconciliación?</translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation>El trabajo en sí no se puede cancelar: continúa en el dispositivo. Para volver a verlo, conéctese al mismo dispositivo y elija «Seguir el trabajo en ejecución»; reconui-cli status hace lo mismo.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Salir de todos modos</translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation>&amp;Desconectar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation>&amp;Dejar de supervisar</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>Seguir su&amp;pervisando</translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation>¿Iniciar la reconciliación?</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>Iniciar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Informe JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <translation>El dispositivo no aceptó el nombre de usuario y la contraseña, o la sesión caducó.</translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation>El dispositivo no aceptó el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation>El usuario no tiene permiso para hacer esto. Las operaciones del dispositivo requieren un usuario de SSO del grupo SystemConfiguration.Administrators.</translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation>El dispositivo no tiene ese objeto (para el trabajo de reconciliación: no se ha iniciado ningún trabajo).</translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation>El dispositivo está ocupado: ya hay una copia de seguridad, restauración o reconciliación en curso.</translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation>El dispositivo no permite esto ahora. La reconciliación solo puede iniciarse cuando la restauración ha terminado correctamente.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation>La restauración aún está en curso ({progress} %). La reconciliación solo puede iniciarse cuando termine correctamente: espere (reconui-cli: --wait-for-restore).</translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation>El trabajo de restauración falló (FAILED), por lo que la reconciliación no puede iniciarse. Lea los mensajes de la restauración, corrija la causa y vuelva a restaurar (interfaz de administración del dispositivo, puerto 5480).</translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation>El dispositivo rechazó la solicitud. Compruebe el nombre de usuario y la contraseña del administrador de SSO.</translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation>Los servicios del dispositivo no están disponibles en este momento (HTTP {status}).</translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation>El dispositivo notificó un error (HTTP {status}).</translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation>No se pudo resolver el nombre {host}. Compruebe el nombre de host y la configuración de DNS.</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation>{host} rechazó la conexión en el puerto {port}. ¿Está encendido el dispositivo y es correcto el puerto?</translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation>La conexión con {host} se cerró de forma inesperada.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host} no respondió en {seconds} segundos.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation>No se pudo establecer la conexión segura (TLS) con {host}: {reason}</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation>No se pudo usar el proxy {proxy} para llegar a {host}: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation>No se pudo conectar con {host}: {reason}</translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation>El dispositivo envió una respuesta inutilizable ({reason}).</translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation>La respuesta del dispositivo no tenía el formato esperado: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation>El certificado de {host} no está firmado por una autoridad de confianza para este equipo. Compruebe su huella digital SHA-256 {sha256} con el administrador del dispositivo antes de confiar en él.</translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation>El certificado de {host} está firmado por una autoridad de confianza, pero se emitió para otros nombres ({names}), no para la dirección que escribió.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation>El certificado de {host} no es válido en este momento (válido hasta {not_after}), aunque su autoridad puede ser de confianza. Compruebe el reloj de este equipo y el certificado del dispositivo.</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation>El certificado de {host} cambió desde que confió en él (antes {pinned}, ahora {sha256}). No se envió nada. Una restauración puede reemplazar legítimamente el certificado: verifique la nueva huella digital antes de volver a confiar en él.</translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation>No se puede usar el archivo de huellas digitales de certificados de confianza {path} ({reason}). No se envió nada. Corrija o quite el archivo y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not be used.</source>
        <translation>No se pudo usar el almacén de contraseñas ({store}).</translation>
    </message>
    <message>
        <source>The password store ({store}) could not read the password.</source>
        <translation>El almacén de contraseñas ({store}) no pudo leer la contraseña.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not save the password.</source>
        <translation>El almacén de contraseñas ({store}) no pudo guardar la contraseña.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not delete the password.</source>
        <translation>El almacén de contraseñas ({store}) no pudo eliminar la contraseña.</translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation>El almacén de contraseñas ({store}) está bloqueado. Desbloquéelo para recordar o leer contraseñas.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation>No hay ningún almacén de contraseñas seguro disponible en este equipo (por ejemplo, no hay Secret Service en una sesión sin interfaz gráfica o SSH). Las contraseñas se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation>El único almacén de contraseñas disponible ({store}) guarda las contraseñas en un archivo en disco sin protección real. reconui no lo usa; las contraseñas se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation>Se dejó de esperar tras {minutes} minutos sin una respuesta utilizable del dispositivo.</translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation>La dirección del servidor {value} no es válida: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation>5. Salud tras la reconciliación</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>Resultados de salud</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation>Qué indica, qué hacer</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Dejar de comprobar</translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation>Deja de volver a comprobar mientras los servicios aún se inician. El resultado del trabajo no cambia; la salud se indica entonces como no comprobada.</translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation>AÚN NO COMPROBADO</translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation>Salud: aún no comprobada</translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation>La salud del dispositivo se comprueba cuando el trabajo termina con SUCCEEDED.</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>COMPROBANDO</translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation>Salud: comprobando</translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation>Los servicios aún se están estabilizando tras la reconciliación; se vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation>Comprobando la salud del dispositivo…</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation>REQUIERE ATENCIÓN</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NO COMPROBADO</translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation>Salud: {verdict}</translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation>Correctos ({count}): {names}</translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation>Salud: {text}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation>Historial — reconui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>Abrir &amp;informe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation>{outcome} (simulación)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation>
            <numerusform>%n ejecución en la carpeta de informes; las más recientes primero.</numerusform>
            <numerusform>%n ejecuciones en la carpeta de informes; las más recientes primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <translation>4. Trabajo de reconciliación</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>Translators: the progress bar&apos;s text; %p is the percentage (Qt fills it in)</extracomment>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Progreso del trabajo</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Tiempo transcurrido:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation>Filtrar mensajes (texto o ID)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrar mensajes</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>De&amp;jar de supervisar</translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation>Deja de supervisar. El trabajo en sí no se puede cancelar y continúa en el dispositivo; vuelva a conectarse más tarde para ver su resultado.</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar in&amp;forme…</translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation>Copiar resu&amp;men</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de re&amp;gistros</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>Inicia&amp;r de nuevo…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Hora ({zone})</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>NO INICIADO</translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation>No se está supervisando ningún trabajo.</translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation>Qué hacer ahora: {step}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>EN EJECUCIÓN</translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation>Hay un trabajo de reconciliación en ejecución en el dispositivo que aún no se supervisa. Use «Seguir el trabajo en ejecución» para seguirlo.</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>COMPLETADO</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation>El último trabajo de reconciliación de este dispositivo terminó correctamente (finalizó: {end}).</translation>
    </message>
    <message>
        <source>FAILED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation>El último trabajo de reconciliación de este dispositivo falló (finalizó: {end}).</translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation>El dispositivo indica un trabajo en estado {status}.</translation>
    </message>
    <message>
        <source>STARTING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>INICIANDO</translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation>ASOCIANDO</translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation>Solicitando al dispositivo que inicie el trabajo…</translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation>Asociándose al trabajo en ejecución…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation>Se inició el trabajo.</translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation>Supervisando el trabajo que ya estaba en ejecución.</translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation>En ejecución — último cambio visto a las {time}.</translation>
    </message>
    <message>
        <source>WAITING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>EN ESPERA</translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation>La dirección responde, pero no como la API del dispositivo (¿un proxy o la red responde en su lugar?): {reason}</translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation>Reiniciando servicios del dispositivo: {reason}</translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation>La dirección del dispositivo responde con algo que no es el dispositivo (¿un proxy o la red?) — en espera (hasta las {time}).</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation>Reiniciando servicios del dispositivo — en espera (hasta las {time}). Es lo esperado durante la reconciliación.</translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation>
            <numerusform>Tiempo de espera: {waited}, %n intento; se sigue intentando hasta las {time}.</numerusform>
            <numerusform>Tiempo de espera: {waited}, %n intentos; se sigue intentando hasta las {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation>{time}: el dispositivo vuelve a responder tras {seconds} s de reinicio de servicios.</translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation>{time}: la sesión había caducado; se volvió a iniciar sesión y se sigue supervisando.</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>SIN SUPERVISIÓN</translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation>Supervisión detenida. El trabajo de reconciliación continúa en el dispositivo; vuelva a conectarse más tarde para comprobar su resultado, o use «Seguir el trabajo en ejecución» mientras esté conectado.</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>a las {time} o antes</translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation>La reconciliación terminó correctamente.</translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation>La reconciliación falló. El error del dispositivo se muestra abajo.</translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation>El dispositivo no dio detalles.</translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation>Informe guardado automáticamente: {links}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Guardado en {folder}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Passwords are remembered in {name}.</source>
        <translation>Las contraseñas se recuerdan en {name}.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>No se pudo abrir el llavero.</translation>
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
        <translation>El certificado de {address} cambió desde que confió en él. No se envió nada; el cuadro de diálogo muestra ambas huellas digitales.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>Comprobando el certificado…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation>certificado verificado por una autoridad de confianza (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation>certificado de confianza para esta sesión (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation>certificado anclado (SHA-256 {fp})</translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation>Comprobando el certificado de {address}…</translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation>Iniciando sesión en {address}…</translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation>No conectado: no se confió en el certificado de {address}. No se envió nada.</translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation>No se pudo guardar el anclaje; el certificado es de confianza solo para esta sesión.</translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation>Conectando mediante el nombre del certificado {name}…</translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation>Detenido: el certificado de {address} cambió. No se envió nada.</translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation>No se pudo quitar el anclaje anterior.</translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation>Se quitó el anclaje anterior de {address}. Vuelva a conectarse para revisar el nuevo certificado.</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation>No se pudo iniciar el simulador integrado.</translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation>SIMULACIÓN — el simulador de dispositivo integrado de reconui está activo en {address} (escenario «{scenario}»). No se toca ningún vCenter real.</translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation>No se pudo leer una contraseña recordada.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation>No se pudo guardar la contraseña en el llavero. Se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation>Comprobar el certificado, iniciar sesión y examinar el dispositivo. Aún no se inicia nada.</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Des&amp;conectar</translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation>Conectado a {address} · /{flavor}</translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation>El trabajo terminó con SUCCEEDED, pero el dispositivo aún no está en buen estado: consulte «Salud tras la reconciliación».</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation>Reiniciando servicios del dispositivo — en espera (hasta las {time})…</translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation>Esperando al dispositivo</translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation>El dispositivo vuelve a responder (tras {seconds} s).</translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation>La sesión había caducado; se volvió a iniciar sesión.</translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation>Reconciliación correcta — {host}</translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation>El trabajo de reconciliación terminó correctamente.</translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation>Reconciliación FALLIDA — {host}</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>El trabajo falló.</translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation>reconui le necesita — {host}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation>Se produjo un problema inesperado. Los detalles están en el archivo de registro (Ayuda → Abrir carpeta de registros).</translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation>La supervisión terminó debido a un error interno.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation>Abrir ú&amp;ltimo informe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>Copiar &amp;resumen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>&amp;Certificados de confianza…</translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation>Abrir carpeta de &amp;informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation>Probar el &amp;simulador integrado</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de re&amp;gistros</translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation>&amp;Acerca de reconui</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>Informe: {path}</translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation>Aún no hay ningún informe. Cada ejecución escribe uno en {path}.</translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation>reconui {version} — resumen de la reconciliación</translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation>Dispositivo: {address}</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Versión: {version}</translation>
    </message>
    <message>
        <source>API: /{flavor}</source>
        <translation>API: /{flavor}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation>Certificado SHA-256: {sha}</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>Administrador de SSO: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: yes</source>
        <translation>Ignorar advertencias: sí</translation>
    </message>
    <message>
        <source>Ignore warnings: no</source>
        <translation>Ignorar advertencias: no</translation>
    </message>
    <message>
        <source>Result: {status}</source>
        <translation>Resultado: {status}</translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation>Progreso: {percent} %</translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation>Inicio: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>Fin: {time}</translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation>Qué hacer a continuación: {step}</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Mensajes:</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>Resumen copiado en el portapapeles.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>Carpeta de informes</translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation>{what} {path} no se pudo crear.</translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation>{what}: {path} (si no se abre ningún administrador de archivos, ábrala manualmente)</translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation>No se pudo abrir ningún administrador de archivos. {what}: {path}</translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation>Acerca de reconui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Ejecuta y supervisa el trabajo de reconciliación posterior a la restauración de vCenter Server Appliance.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Registros: {logs}&lt;br&gt;Informes: {reports}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{address} · /{flavor} · {user} · {trust}</source>
        <translation>{address} · /{flavor} · {user} · {trust}</translation>
    </message>
    <message>
        <source>SIMULATION · {summary}</source>
        <translation>SIMULACIÓN · {summary}</translation>
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
        <translation>reconui — reconciliación de vCenter</translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation>[SIMULACIÓN] {title}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
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
        <translation>ID de mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation>Mensajes del trabajo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <translation>Compruebe el nombre de usuario de vCenter y vuelva a escribir la contraseña; luego vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation>Inicie sesión con un usuario de SSO del grupo SystemConfiguration.Administrators (por ejemplo, administrator@vsphere.local).</translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation>Aún no hay nada que supervisar: vuelva a conectarse e inicie la reconciliación desde la comprobación previa.</translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation>Espere a que termine la copia de seguridad, restauración o reconciliación en curso (consulte la interfaz de administración del dispositivo en el puerto 5480) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation>Repita la restauración hasta que el trabajo de restauración indique SUCCEEDED y luego inicie la reconciliación.</translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation>Espere a que termine la restauración (o use --wait-for-restore) y luego inicie la reconciliación.</translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation>Lea los mensajes de la restauración, corrija su causa y repita la restauración; la reconciliación viene después.</translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation>Vuelva a escribir el nombre de usuario y la contraseña del administrador de SSO y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation>Espere unos minutos a los servicios del dispositivo y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation>Revise la interfaz de administración del dispositivo (puerto 5480) y sus registros; luego vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation>Compruebe la ortografía del nombre de host o conéctese mediante su dirección IP o su nombre de dominio completo.</translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation>Compruebe que el dispositivo esté encendido y que el puerto sea 443 (o el que utilice).</translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation>Vuelva a comprobar en un minuto; si se repite, revise los firewalls y proxies entre usted y el dispositivo.</translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation>Compruebe que el dispositivo responda en el puerto 443 desde este equipo (firewall, VPN, proxy).</translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation>Compruebe que la dirección apunte al propio dispositivo y no a otro servicio o proxy.</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate that issued the appliance&apos;s certificate (the appliance offers its VMCA root certificates under /certs/download.zip), or leave the CA file empty.</source>
        <translation>Elija un archivo PEM con el certificado de la CA que emitió el certificado del dispositivo (el dispositivo ofrece sus certificados raíz de VMCA en /certs/download.zip) o deje vacío el archivo de CA.</translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation>Compruebe la dirección del proxy o elija «Sin proxy» si se puede acceder directamente al dispositivo.</translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation>Compruebe la dirección y la ruta de red hasta el dispositivo; luego vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation>Compruebe si un proxy responde en lugar del dispositivo (pruebe «Sin proxy»); durante un reinicio de servicios, espere y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation>Fuerce el otro tipo de API (/api o /rest) y vuelva a conectarse; si se repite, guarde el informe.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation>Compare la huella digital SHA-256 con la que muestra el dispositivo en su consola o en el puerto 5480 antes de confiar en él, o elija el archivo de CA que lo firmó.</translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation>Conéctese usando uno de estos nombres: {names}.</translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation>Renueve el certificado del dispositivo (o corrija el reloj de este equipo); confíe en él solo para esta ejecución tras comprobar su huella digital.</translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation>Pregunte a quien restauró el dispositivo si se reemplazó su certificado; solo entonces quite el anclaje anterior y confíe en la nueva huella digital.</translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation>Corrija los permisos del archivo de anclajes o muévalo a otro lugar; luego vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation>Desmarque «Recordar» por ahora (la contraseña se guarda entonces solo para esta sesión) o repare el llavero e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation>Desbloquee el llavero (inicie sesión en el monedero de la sesión de escritorio) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation>Escriba la contraseña cada vez, o instale y desbloquee un servicio de llavero.</translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation>Escriba la contraseña cada vez; reconui no guarda contraseñas en un llavero sin cifrar.</translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation>Vuelva a conectarse y siga el trabajo: continúa en el dispositivo. Si el dispositivo sigue sin responder, revíselo en el puerto 5480.</translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation>Corrija la dirección (nombre de host o IP, puerto 1–65535) y vuelva a conectarse.</translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation>Compruebe que los asociados del modo vinculado mejorado se resuelvan y respondan en el puerto 443; luego repita la restauración antes de volver a iniciar la reconciliación.</translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation>Haga accesibles a los asociados del modo vinculado y vuelva a iniciar; o vuelva a iniciar con «Ignorar advertencias», sabiendo que entonces se pierden los cambios realizados en este nodo después de la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: how a run ended, in capitals like the appliance&apos;s job states (History, summary)</extracomment>
        <translation>COMPLETADO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>SIN SUPERVISIÓN</translation>
    </message>
    <message>
        <source>NO JOB</source>
        <translation>SIN TRABAJO</translation>
    </message>
    <message>
        <source>LAST JOB FINISHED</source>
        <translation>ÚLTIMO TRABAJO FINALIZADO</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation>Asociados del modo vinculado</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Accesible</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>Replicando</translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation>Retraso de cambios</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (conéctese primero)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Translators: a table cell: the partner status could not be read</extracomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Translators: a table cell answering “Reachable?” (yes, or a warning that it is not)
----------
Translators: a table cell answering “Replicating?”</extracomment>
        <translation>sí</translation>
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
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>Mostrar {field}</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation>3. Comprobación previa</translation>
    </message>
    <message>
        <source>Appliance:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation>API en uso:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Restauración:</translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation>Modo vinculado:</translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation>Trabajo de reconciliación:</translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation>Iniciar &amp;reconciliación…</translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation>Se&amp;guir el trabajo en ejecución</translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation>Supervisar el trabajo que ya se está ejecutando en el dispositivo.</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>Inicia&amp;r de nuevo…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>Compro&amp;bar de nuevo</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>— (conéctese primero)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation>desconocido (el dispositivo no lo indicó)</translation>
    </message>
    <message>
        <source>vCenter Server Appliance</source>
        <translation>vCenter Server Appliance</translation>
    </message>
    <message>
        <source>{product} {version}, build {build}</source>
        <translation>{product} {version}, compilación {build}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation>✔ SUCCEEDED — la reconciliación puede iniciarse</translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation>✖ FAILED — {sentence}</translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation>⚠ {state} — el dispositivo solo permite la reconciliación tras una restauración correcta</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation>⟳ INPROGRESS ({percent} %) — ya no se supervisa; «Comprobar de nuevo» la vuelve a consultar</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation>⟳ INPROGRESS ({percent} %) — en supervisión; la reconciliación podrá iniciarse cuando termine con SUCCEEDED</translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation>Ninguno — listo para iniciar</translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation>Ninguno — esperando a la restauración</translation>
    </message>
    <message>
        <source>None — a successful restore comes first</source>
        <translation>Ninguno — primero se necesita una restauración correcta</translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation>⟳ RUNNING — se supervisa abajo</translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation>⟳ RUNNING ({percent} %), iniciado {start} — sígalo para supervisarlo</translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation>{mark} Última ejecución {status}, finalizada {end}</translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation>{status} ({percent} %)</translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation>La restauración no terminó correctamente, por lo que el dispositivo rechazaría iniciar la reconciliación. Termine la restauración y luego use «Comprobar de nuevo».</translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation>Inicia un nuevo trabajo de reconciliación aunque ya se haya ejecutado uno.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>el token de sesión</translation>
    </message>
    <message>
        <source>health level</source>
        <translation>el nivel de salud</translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation>{where} debe ser un objeto; se recibió {type}</translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation>{where} debe ser una matriz; se recibió {type}</translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation>{where} debe ser una cadena; se recibió {type}</translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation>{where} debe ser un entero; se recibió {type}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation>{where} debe ser un número; se recibió {type}</translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation>{where} debe ser un booleano; se recibió {type}</translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation>{where} debe ser un objeto o una matriz de clave/valor; se recibió {type}</translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation>{where} debe ser una cadena de fecha y hora RFC 3339; se recibió {type}</translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation>{where} está fuera del rango de enteros de 64 bits</translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation>{where} es demasiado grande para un valor double</translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation>{where} debe ser un número finito</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>falta {where}</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} no tiene contenido</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation>{where} no es una fecha y hora RFC 3339</translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation>{where} tiene un desfase UTC no válido</translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation>{where} no es una fecha y hora válida</translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation>{where} tiene una clave que no es una cadena</translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation>{where} tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation>no se pudo leer {where} ({kind})</translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation>{where} tiene {length} caracteres (se aceptan {limit} como máximo)</translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation>{where} no tiene contenido o contiene caracteres no permitidos en un encabezado HTTP</translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation>falta {where} (se esperaba un sobre «value» de /rest)</translation>
    </message>
    <message>
        <source>the brackets around the IPv6 address are unbalanced</source>
        <translation>los corchetes de la dirección IPv6 no están equilibrados</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>solo una dirección IPv6 va entre corchetes</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está en blanco</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>contiene espacios o caracteres de control</translation>
    </message>
    <message>
        <source>it contains &apos;%&apos; (percent-encoding or an IPv6 zone index is not supported)</source>
        <translation>contiene &apos;%&apos; (no se admite la codificación porcentual ni un índice de zona IPv6)</translation>
    </message>
    <message>
        <source>it contains a user name or password; give the user separately</source>
        <translation>contiene un nombre de usuario o una contraseña; indique el usuario por separado</translation>
    </message>
    <message>
        <source>enter only the host name or address, without https://, a path or a port</source>
        <translation>introduzca solo el nombre de host o la dirección, sin https://, ruta ni puerto</translation>
    </message>
    <message>
        <source>it is neither a host name nor an IPv6 address</source>
        <translation>no es un nombre de host ni una dirección IPv6</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>tiene una parte vacía entre puntos</translation>
    </message>
    <message>
        <source>a part of a host name cannot begin or end with &apos;-&apos;</source>
        <translation>una parte de un nombre de host no puede empezar ni terminar por &apos;-&apos;</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>un nombre de host solo puede contener letras, dígitos, &apos;-&apos; y &apos;.&apos;</translation>
    </message>
    <message>
        <source>the proxy URL must not have a path, query or fragment (expected http://host:port)</source>
        <translation>la URL del proxy no debe tener ruta, consulta ni fragmento (se esperaba http://host:puerto)</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>no es una dirección IPv4 válida</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>solo se admiten direcciones https://</translation>
    </message>
    <message>
        <source>it contains a user name or password; enter the user name in its own field (--user)</source>
        <translation>contiene un nombre de usuario o una contraseña; introduzca el nombre de usuario en su propio campo (--user)</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing bracket</source>
        <translation>a la dirección IPv6 le falta el corchete de cierre</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>texto inesperado después de la dirección IPv6</translation>
    </message>
    <message>
        <source>no proxy address was given</source>
        <translation>no se indicó ninguna dirección de proxy</translation>
    </message>
    <message>
        <source>an IPv6 proxy address goes in brackets: http://[::1]:3128</source>
        <translation>una dirección de proxy IPv6 va entre corchetes: http://[::1]:3128</translation>
    </message>
    <message>
        <source>a host name has at most {limit} characters</source>
        <translation>un nombre de host tiene como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>each part of a host name has at most {limit} characters</source>
        <translation>cada parte de un nombre de host tiene como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>{scheme}:// proxies are not supported, only http://host:port</source>
        <translation>no se admiten proxies {scheme}://, solo http://host:puerto</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>truncated or malformed HTTP answer: {cause}</source>
        <translation>respuesta HTTP truncada o mal formada: {cause}</translation>
    </message>
    <message>
        <source>HTTP {status}, JSON nested too deeply</source>
        <translation>HTTP {status}, JSON con demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>HTTP {status}, empty body</source>
        <translation>HTTP {status}, cuerpo vacío</translation>
    </message>
    <message>
        <source>HTTP {status}, truncated or malformed JSON</source>
        <translation>HTTP {status}, JSON truncado o mal formado</translation>
    </message>
    <message>
        <source>HTTP {status}, {kind} instead of JSON</source>
        <translation>HTTP {status}, {kind} en lugar de JSON</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP {status})</source>
        <translation>una redirección inesperada (HTTP {status})</translation>
    </message>
    <message>
        <source>HTTP {status}, an answer larger than {megabytes} MB</source>
        <translation>HTTP {status}, una respuesta de más de {megabytes} MB</translation>
    </message>
    <message>
        <source>the API flavour must be auto, api or rest</source>
        <translation>el tipo de API debe ser auto, api o rest</translation>
    </message>
    <message>
        <source>the CA file {path} cannot be used ({why})</source>
        <translation>no se puede usar el archivo de CA {path} ({why})</translation>
    </message>
    <message>
        <source>the proxy address is not a valid URL ({why})</source>
        <translation>la dirección del proxy no es una URL válida ({why})</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>el servidor no presentó ningún certificado</translation>
    </message>
    <message>
        <source>the certificate&apos;s fingerprint has changed</source>
        <translation>la huella digital del certificado cambió</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>no se puede leer el certificado del servidor</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation>Restauración %p %</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Dejar de supervisar</translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation>Deja de supervisar la restauración. Continúa en el dispositivo; use «Comprobar de nuevo» para volver a consultarla.</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>Mensajes de la restauración</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <translation>NO INICIADO</translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation>Estado del trabajo: {status}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <translation>Este certificado ha caducado.</translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>Este certificado aún no es válido (compruebe el reloj de este equipo).</translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <translation>Certificado emitido para otros nombres — {address}</translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation>Certificado desconocido — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation>&lt;b&gt;El certificado de {address} está firmado por una autoridad de confianza para este equipo, pero se emitió para otros nombres.&lt;/b&gt;&lt;br&gt;Aún no se ha enviado nada. Conéctese usando uno de estos nombres:</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>Conectarse a {name}</translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation>Si ninguno de estos nombres se resuelve desde este equipo, puede anclar este certificado exacto, tras comprobar su huella digital.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation>&lt;b&gt;{address} presentó un certificado en el que este equipo no confía.&lt;/b&gt;&lt;br&gt;Aún no se le ha enviado nada. Compare la huella digital SHA-256 de abajo con la que se muestra en el dispositivo (por ejemplo, en &lt;i&gt;Administración de certificados&lt;/i&gt; de vSphere Client o en la consola del dispositivo) antes de confiar en él.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>&amp;Copiar huella digital</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Nombres alternativos:</translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation>{issuer}  (autofirmado)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation>SHA-1 (para pantallas antiguas):</translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation>Anclar igualmente, &amp;una vez</translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation>Anclar igualmente y &amp;recordar</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Confiar &amp;una vez</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>Confiar y &amp;recordar</translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation>Aceptar este certificado hasta que se cierre reconui.</translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation>Aceptar este certificado ahora y en las próximas conexiones a {address}.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation>Certificados de confianza — reconui</translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation>Certificados en los que eligió confiar y recordar, por dirección. Los anclajes se guardan en {path}.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation>Se quitó el anclaje de {address}. La próxima conexión volverá a preguntar.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>No se pudo leer {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation>{path} no es una lista de líneas «host:puerto sha256» ({reason}). No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation>
            <numerusform>Se importó %n certificado de confianza.</numerusform>
            <numerusform>Se importaron %n certificados de confianza.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation>No se pudo escribir la lista en {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n certificado de confianza a {path}.</numerusform>
            <numerusform>Se exportaron %n certificados de confianza a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation>¿Quitar el certificado de confianza de {address}? La próxima conexión volverá a mostrar su certificado y a preguntar.</translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation>¿Quitar el anclaje?</translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation>Importar certificados de confianza</translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation>Listas de anclajes (*.txt *.pins);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation>Exportar certificados de confianza</translation>
    </message>
</context>
</TS>
