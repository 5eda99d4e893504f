<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AlertStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>An unexpected error occurred ({kind}). Details are in the log folder: {folder}</source>
        <translation>예기치 않은 오류가 발생했습니다({kind}). 자세한 내용은 로그 폴더에 있습니다: {folder}</translation>
    </message>
</context>
<context>
    <name>ApplianceMessages</name>
    <message>
        <source>Authentication required.</source>
        <translation>인증이 필요합니다.</translation>
    </message>
    <message>
        <source>This method requires authentication.</source>
        <translation>이 메서드에는 인증이 필요합니다.</translation>
    </message>
    <message>
        <source>Unable to find operations for URL: %s.</source>
        <translation>URL에 대한 작업을 찾을 수 없습니다: %s.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>찾을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>The CA file {path} does not exist.</source>
        <translation>CA 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CA certificate file.</source>
        <translation>{path}은(는) CA 인증서 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The CA file {path} cannot be read ({reason}).</source>
        <translation>CA 파일 {path}을(를) 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>{path} holds no certificate in PEM form (text that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>{path}에 PEM 형식의 인증서(-----BEGIN CERTIFICATE-----로 시작하는 텍스트)가 없습니다.</translation>
    </message>
    <message>
        <source>The certificate text in {path} is damaged and cannot be read.</source>
        <translation>{path}의 인증서 텍스트가 손상되어 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CertificateChangedDialog</name>
    <message>
        <source>Certificate changed — {address}</source>
        <translation>인증서가 변경됨 — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is not the one you trusted. reconui stopped and sent nothing.&lt;/b&gt;&lt;br&gt;This can be an attack, or a legitimate change: a restore or a certificate renewal replaces the appliance certificate. Verify the new fingerprint on the appliance itself before you trust it.</source>
        <translation>&lt;b&gt;{address}의 인증서가 신뢰했던 인증서가 아닙니다. reconui가 중지되었으며 아무것도 전송하지 않았습니다.&lt;/b&gt;&lt;br&gt;공격일 수도 있고 정당한 변경일 수도 있습니다. 복원이나 인증서 갱신은 어플라이언스 인증서를 교체합니다. 신뢰하기 전에 어플라이언스에서 직접 새 지문을 확인하십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted before&lt;/b&gt;</source>
        <translation>&lt;b&gt;이전에 신뢰한 인증서&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Presented now&lt;/b&gt;</source>
        <translation>&lt;b&gt;현재 제시된 인증서&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint</source>
        <translation>신뢰한 SHA-256 지문</translation>
    </message>
    <message>
        <source>Presented SHA-256 fingerprint</source>
        <translation>제시된 SHA-256 지문</translation>
    </message>
    <message>
        <source>New subject:</source>
        <translation>새 주체:</translation>
    </message>
    <message>
        <source>New issuer:</source>
        <translation>새 발급자:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} ~ {end}</translation>
    </message>
    <message>
        <source>New validity:</source>
        <translation>새 유효 기간:</translation>
    </message>
    <message>
        <source>If you have verified that the change is legitimate, remove the old pin and connect again: you will then be shown the new certificate to review.</source>
        <translation>변경이 정당한지 확인했다면 이전 고정을 제거하고 다시 연결하십시오. 그러면 검토할 새 인증서가 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Forget old pin…</source>
        <translation>이전 고정 삭제(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the old pin?</source>
        <translation>이전 고정을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove the trusted fingerprint for {address}? Nothing is trusted by this step: on the next connection you will be asked about the new certificate.</source>
        <translation>{address}의 신뢰한 지문을 제거하시겠습니까? 이 단계에서는 아무것도 신뢰하지 않습니다. 다음 연결 시 새 인증서에 대해 묻습니다.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>No linked-mode partners: this node is stand-alone.</source>
        <translation>연결 모드 파트너가 없습니다. 이 노드는 독립 실행형입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n replication link(s), every partner reachable.</source>
        <translation>
            <numerusform>복제 링크 %n개, 모든 파트너에 연결할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-mode partner {partners} does not answer. Reconciliation warns about it and fails unless warnings are ignored; if you ignore them, changes made after the backup on this node are lost.</source>
        <translation>연결 모드 파트너 {partners}이(가) 응답하지 않습니다. 조정은 이에 대해 경고하며, 경고를 무시하지 않으면 실패합니다. 경고를 무시하면 이 노드에서 백업 이후에 변경된 내용이 손실됩니다.</translation>
    </message>
    <message>
        <source>Partner status not available: this appliance does not serve the replication status (it exists from vSphere 6.7 Update 2 on).</source>
        <translation>파트너 상태를 사용할 수 없음: 이 어플라이언스는 복제 상태를 제공하지 않습니다(vSphere 6.7 Update 2부터 제공).</translation>
    </message>
    <message>
        <source>Partner status not available: the user may not read the replication status (HTTP 403).</source>
        <translation>파트너 상태를 사용할 수 없음: 사용자에게 복제 상태를 읽을 권한이 없습니다(HTTP 403).</translation>
    </message>
    <message>
        <source>Partner status not available: {reason}</source>
        <translation>파트너 상태를 사용할 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Ignoring warnings lets reconciliation go on without {partners}: changes made after the backup on this node are lost.</source>
        <translation>경고를 무시하면 {partners} 없이 조정이 진행됩니다. 이 노드에서 백업 이후에 변경된 내용은 손실됩니다.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %); waiting for it to finish before starting.</source>
        <translation>복원이 아직 실행 중입니다({progress}%). 완료될 때까지 기다린 후 시작합니다.</translation>
    </message>
    <message>
        <source>The restore has finished successfully; reconciliation may start.</source>
        <translation>복원이 성공적으로 완료되었습니다. 조정을 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Health of {name}: green.</source>
        <translation>{name} 상태: 녹색.</translation>
    </message>
    <message>
        <source>Health of {name} is yellow: healthy, but with some problems. Look at it in the appliance management interface (port 5480, Monitor) before handing the vCenter back.</source>
        <translation>{name} 상태가 노란색입니다: 정상이지만 일부 문제가 있습니다. vCenter를 다시 넘기기 전에 어플라이언스 관리 인터페이스(포트 5480, 모니터링)에서 확인하십시오.</translation>
    </message>
    <message>
        <source>Health of {name} is orange: degraded, it may have serious problems. Check it now in the appliance management interface (port 5480, Monitor).</source>
        <translation>{name} 상태가 주황색입니다: 성능이 저하되었으며 심각한 문제가 있을 수 있습니다. 지금 어플라이언스 관리 인터페이스(포트 5480, 모니터링)에서 확인하십시오.</translation>
    </message>
    <message>
        <source>Health of {name} is red: unavailable or about to stop working. Fix it before anyone uses this vCenter (appliance management interface, port 5480).</source>
        <translation>{name} 상태가 빨간색입니다: 사용할 수 없거나 곧 작동을 멈출 수 있습니다. 누구든 이 vCenter를 사용하기 전에 문제를 해결하십시오(어플라이언스 관리 인터페이스, 포트 5480).</translation>
    </message>
    <message>
        <source>Health of {name} is gray: no health data yet.</source>
        <translation>{name} 상태가 회색입니다: 아직 상태 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Health of {name} could not be checked: still no health data after {minutes} minutes.</source>
        <translation>{name} 상태를 확인할 수 없음: {minutes}분이 지나도 상태 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Health of {name} is {level}, a level reconui does not know. Check it on the appliance.</source>
        <translation>{name} 상태가 {level}입니다. reconui가 알지 못하는 수준입니다. 어플라이언스에서 확인하십시오.</translation>
    </message>
    <message>
        <source>Service {service}: STARTED, HEALTHY.</source>
        <translation>서비스 {service}: STARTED, HEALTHY.</translation>
    </message>
    <message>
        <source>Service {service} starts automatically but is {state}. Start it (vSphere Client: Administration, System Configuration, Services; or on the appliance: service-control --start {service}).</source>
        <translation>서비스 {service}은(는) 자동으로 시작되지만 현재 {state} 상태입니다. 서비스를 시작하십시오(vSphere Client: 관리, 시스템 구성, 서비스 또는 어플라이언스에서: service-control --start {service}).</translation>
    </message>
    <message>
        <source>Service {service} is still {state}.</source>
        <translation>서비스 {service}이(가) 아직 {state} 상태입니다.</translation>
    </message>
    <message>
        <source>Service {service} is still {state} after {minutes} minutes. Check it on the appliance (service-control --status {service}) and start it if it does not come up.</source>
        <translation>서비스 {service}이(가) {minutes}분 후에도 {state} 상태입니다. 어플라이언스에서 확인하고(service-control --status {service}) 시작되지 않으면 시작하십시오.</translation>
    </message>
    <message>
        <source>Service {service} runs DEGRADED. Read its health messages, check its log on the appliance and restart it (service-control --restart {service}).</source>
        <translation>서비스 {service}이(가) DEGRADED 상태로 실행 중입니다. 상태 메시지를 읽고 어플라이언스에서 로그를 확인한 후 다시 시작하십시오(service-control --restart {service}).</translation>
    </message>
    <message>
        <source>Service {service} runs HEALTHY_WITH_WARNINGS. Read its health messages before handing the vCenter back.</source>
        <translation>서비스 {service}이(가) HEALTHY_WITH_WARNINGS 상태로 실행 중입니다. vCenter를 다시 넘기기 전에 상태 메시지를 읽으십시오.</translation>
    </message>
    <message>
        <source>Service {service} is STARTED with health {health}, which reconui does not know.</source>
        <translation>서비스 {service}이(가) STARTED 상태이며 상태 값 {health}은(는) reconui가 알지 못하는 값입니다.</translation>
    </message>
    <message>
        <source>{name} was not checked: this appliance does not serve it (HTTP 404).</source>
        <translation>{name}은(는) 확인하지 않음: 이 어플라이언스는 이 항목을 제공하지 않습니다(HTTP 404).</translation>
    </message>
    <message>
        <source>{name} does not answer yet: {reason}</source>
        <translation>{name}이(가) 아직 응답하지 않음: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be checked: {reason}</source>
        <translation>{name}을(를) 확인할 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Healthy: overall health green, every subsystem green, every automatic service STARTED and HEALTHY.</source>
        <translation>정상: 전체 상태 녹색, 모든 하위 시스템 녹색, 모든 자동 서비스가 STARTED 및 HEALTHY입니다.</translation>
    </message>
    <message>
        <source>Healthy, as far as this appliance can tell: everything it serves is green and started ({missing} not served).</source>
        <translation>이 어플라이언스가 알려 주는 범위에서 정상: 제공되는 모든 항목이 녹색이며 시작되었습니다({missing} 제공되지 않음).</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n problem(s) after reconciliation, listed with what to do next.</source>
        <translation>
            <numerusform>주의 필요: 조정 후 문제 %n개. 다음에 할 조치와 함께 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be checked: {reason}</source>
        <translation>확인할 수 없음: {reason}</translation>
    </message>
    <message>
        <source>this appliance serves none of the health endpoints (HTTP 404).</source>
        <translation>이 어플라이언스는 상태 엔드포인트를 하나도 제공하지 않습니다(HTTP 404).</translation>
    </message>
    <message>
        <source>the check was stopped before the health had settled.</source>
        <translation>상태가 안정되기 전에 확인이 중지되었습니다.</translation>
    </message>
    <message>
        <source>Still starting: {names}. Checking again until {time} at the latest.</source>
        <translation>아직 시작 중: {names}. 늦어도 {time}까지 다시 확인합니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>1. Appliance</source>
        <translation>1. 어플라이언스</translation>
    </message>
    <message>
        <source>vcsa.example.com or 10.0.0.5</source>
        <translation>vcsa.example.com 또는 10.0.0.5</translation>
    </message>
    <message>
        <source>Appliance host name or address</source>
        <translation>어플라이언스 호스트 이름 또는 주소</translation>
    </message>
    <message>
        <source>The vCenter Server Appliance&apos;s host name or IP address. Recent hosts are in the list.</source>
        <translation>vCenter Server Appliance의 호스트 이름 또는 IP 주소입니다. 최근 호스트는 목록에 있습니다.</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>호스트(&amp;O):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>443 is the vSphere API. Some administrators use the appliance management port 5480, where the job can also be watched.</source>
        <translation>443은 vSphere API입니다. 일부 관리자는 어플라이언스 관리 포트 5480을 사용하며, 이 포트에서도 작업을 지켜볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>Automatic (prefer /api)</source>
        <translation>자동(/api 우선)</translation>
    </message>
    <message>
        <source>/api (vSphere 7.0 U2 and later)</source>
        <translation>/api(vSphere 7.0 U2 이상)</translation>
    </message>
    <message>
        <source>/rest (6.5 and later, deprecated)</source>
        <translation>/rest(6.5 이상, 사용되지 않음)</translation>
    </message>
    <message>
        <source>API flavour</source>
        <translation>API 유형</translation>
    </message>
    <message>
        <source>Automatic detects the flavour at login; force one if detection picks the wrong one.</source>
        <translation>자동은 로그인할 때 유형을 감지합니다. 감지가 잘못되면 유형을 직접 지정하십시오.</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A):</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>시스템 프록시 설정</translation>
    </message>
    <message>
        <source>No proxy (direct)</source>
        <translation>프록시 없음(직접 연결)</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>다음 프록시:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>프록시(&amp;X):</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>프록시 URL</translation>
    </message>
    <message>
        <source>Prox&amp;y URL:</source>
        <translation>프록시 URL(&amp;Y):</translation>
    </message>
    <message>
        <source>optional, e.g. the appliance&apos;s VMCA root (.pem)</source>
        <translation>선택 사항, 예: 어플라이언스의 VMCA 루트(.pem)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 인증서 파일</translation>
    </message>
    <message>
        <source>A PEM file with extra trusted CA certificates, in addition to this computer&apos;s trust store.</source>
        <translation>이 컴퓨터의 신뢰 저장소 외에 추가로 신뢰할 CA 인증서가 들어 있는 PEM 파일입니다.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>CA 인증서 파일 찾아보기</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA 파일(&amp;I):</translation>
    </message>
    <message>
        <source>Try the built-in simulator</source>
        <translation>기본 제공 시뮬레이터 사용해 보기</translation>
    </message>
    <message>
        <source>Starts a simulated appliance on this computer, so you can see how a reconciliation run looks before touching a real one.</source>
        <translation>이 컴퓨터에서 시뮬레이션된 어플라이언스를 시작하므로, 실제 어플라이언스를 건드리기 전에 조정 실행 과정을 미리 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the appliance&apos;s host name or address.</source>
        <translation>어플라이언스의 호스트 이름 또는 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>The host is not valid: {reason}.</source>
        <translation>호스트가 잘못되었습니다: {reason}.</translation>
    </message>
    <message>
        <source>Enter the proxy URL, or choose another proxy setting.</source>
        <translation>프록시 URL을 입력하거나 다른 프록시 설정을 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, e.g. http://proxy.example.com:3128 ({reason}).</source>
        <translation>프록시를 http://host:port 형식으로 입력하십시오. 예: http://proxy.example.com:3128 ({reason}).</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (443 for the vSphere API).</source>
        <translation>1~65535 사이의 포트를 입력하십시오(vSphere API는 443).</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서(*.pem *.crt *.cer);;모든 파일(*)</translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <source>2. Credentials</source>
        <translation>2. 자격 증명</translation>
    </message>
    <message>
        <source>vCenter &amp;user:</source>
        <translation>vCenter 사용자(&amp;U):</translation>
    </message>
    <message>
        <source>vCenter user</source>
        <translation>vCenter 사용자</translation>
    </message>
    <message>
        <source>The user that logs in to the appliance API, e.g. administrator@vsphere.local.</source>
        <translation>어플라이언스 API에 로그인하는 사용자입니다. 예: administrator@vsphere.local.</translation>
    </message>
    <message>
        <source>vCenter pass&amp;word:</source>
        <translation>vCenter 암호(&amp;W):</translation>
    </message>
    <message>
        <source>vCenter password</source>
        <translation>vCenter 암호</translation>
    </message>
    <message>
        <source>&amp;SSO administrator:</source>
        <translation>SSO 관리자(&amp;S):</translation>
    </message>
    <message>
        <source>SSO administrator user</source>
        <translation>SSO 관리자 사용자</translation>
    </message>
    <message>
        <source>The vCenter Single Sign-On administrator the reconciliation job needs.</source>
        <translation>조정 작업에 필요한 vCenter Single Sign-On 관리자입니다.</translation>
    </message>
    <message>
        <source>SSO passwor&amp;d:</source>
        <translation>SSO 암호(&amp;D):</translation>
    </message>
    <message>
        <source>SSO administrator password</source>
        <translation>SSO 관리자 암호</translation>
    </message>
    <message>
        <source>Ig&amp;nore warnings</source>
        <translation>경고 무시(&amp;N)</translation>
    </message>
    <message>
        <source>Enhanced Linked Mode: if replication partners cannot be reached, the job continues anyway and changes made after the backup are lost.</source>
        <translation>고급 연결 모드: 복제 파트너에 연결할 수 없어도 작업이 계속되며, 백업 이후의 변경 내용은 손실됩니다.</translation>
    </message>
    <message>
        <source>Remember (checking the keyring…)</source>
        <translation>저장(키링 확인 중…)</translation>
    </message>
    <message>
        <source>reconui is finding out whether a secure password store is available.</source>
        <translation>reconui가 안전한 암호 저장소를 사용할 수 있는지 확인하고 있습니다.</translation>
    </message>
    <message>
        <source>Remember in {backend}</source>
        <translation>{backend}에 저장</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>시스템 키링에 저장</translation>
    </message>
    <message>
        <source>Remember (keyring {backend} is locked)</source>
        <translation>저장(키링 {backend}이(가) 잠겨 있음)</translation>
    </message>
    <message>
        <source>Remember (no secure keyring available)</source>
        <translation>저장(안전한 키링을 사용할 수 없음)</translation>
    </message>
    <message>
        <source>The password store ({backend}) is locked. Unlock it and restart reconui to remember passwords; until then they are kept in memory for this session only.</source>
        <translation>암호 저장소({backend})가 잠겨 있습니다. 암호를 저장하려면 잠금을 해제하고 reconui를 다시 시작하십시오. 그때까지 암호는 이 세션 동안만 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <source>Passwords cannot be remembered: no secure password store is available. They are kept in memory for this session only.</source>
        <translation>암호를 저장할 수 없습니다. 사용 가능한 안전한 암호 저장소가 없습니다. 암호는 이 세션 동안만 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no password store</comment>
        <extracomment>Translators: fills {backend} in &quot;The password store ({backend}) is locked&quot; when no name is known.</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Remember the vCenter password: {state}</source>
        <translation>vCenter 암호 저장: {state}</translation>
    </message>
    <message>
        <source>Remember the SSO password: {state}</source>
        <translation>SSO 암호 저장: {state}</translation>
    </message>
    <message>
        <source>Enter the vCenter user.</source>
        <translation>vCenter 사용자를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the vCenter password.</source>
        <translation>vCenter 암호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator user.</source>
        <translation>SSO 관리자 사용자를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the SSO administrator password.</source>
        <translation>SSO 관리자 암호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Start the reconciliation job on {address}?</source>
        <translation>{address}에서 조정 작업을 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO 관리자: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: YES — if Enhanced Linked Mode partners are unreachable, changes made after the backup are lost.</source>
        <translation>경고 무시: 예 — 고급 연결 모드 파트너에 연결할 수 없으면 백업 이후의 변경 내용이 손실됩니다.</translation>
    </message>
    <message>
        <source>Ignore warnings: no — the job stops at validation warnings.</source>
        <translation>경고 무시: 아니요 — 검증 경고가 있으면 작업이 중지됩니다.</translation>
    </message>
    <message>
        <source>A reconciliation job has already run on this appliance. A new job starts the reconciliation again from the beginning.</source>
        <translation>이 어플라이언스에서 이미 조정 작업이 실행되었습니다. 새 작업은 조정을 처음부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>The job cannot be cancelled once it has started.</source>
        <translation>작업이 시작되면 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Stop watching the job?</source>
        <translation>작업 모니터링을 중지하시겠습니까?</translation>
    </message>
    <message>
        <source>Closing reconui stops watching the reconciliation job.</source>
        <translation>reconui를 닫으면 조정 작업 모니터링이 중지됩니다.</translation>
    </message>
    <message>
        <source>Quitting reconui stops watching the reconciliation job.</source>
        <translation>reconui를 종료하면 조정 작업 모니터링이 중지됩니다.</translation>
    </message>
    <message>
        <source>Disconnecting stops watching the reconciliation job.</source>
        <translation>연결을 끊으면 조정 작업 모니터링이 중지됩니다.</translation>
    </message>
    <message>
        <source>Stop watching the reconciliation job?</source>
        <translation>조정 작업 모니터링을 중지하시겠습니까?</translation>
    </message>
    <message>
        <source>The job itself cannot be cancelled: it goes on on the appliance. To see it again, connect to the same appliance and choose “Attach to running job”; reconui-cli status does the same.</source>
        <translation>작업 자체는 취소할 수 없으며 어플라이언스에서 계속 실행됩니다. 다시 보려면 같은 어플라이언스에 연결하고 “실행 중인 작업에 연결”을 선택하십시오. reconui-cli status도 같은 일을 합니다.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>그래도 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>그래도 종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Disconnect anyway</source>
        <translation>그래도 연결 끊기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stop monitoring</source>
        <translation>모니터링 중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>계속 모니터링(&amp;K)</translation>
    </message>
    <message>
        <source>Start reconciliation?</source>
        <translation>조정을 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>다시 시작(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 보고서(*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON 보고서(*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The appliance did not accept the user name and password, or the session has expired.</source>
        <translation>어플라이언스가 사용자 이름과 암호를 수락하지 않았거나 세션이 만료되었습니다.</translation>
    </message>
    <message>
        <source>The appliance did not accept the user name and password.</source>
        <translation>어플라이언스가 사용자 이름과 암호를 수락하지 않았습니다.</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. Appliance operations need an SSO user in the SystemConfiguration.Administrators group.</source>
        <translation>사용자에게 이 작업을 수행할 권한이 없습니다. 어플라이언스 작업에는 SystemConfiguration.Administrators 그룹의 SSO 사용자가 필요합니다.</translation>
    </message>
    <message>
        <source>The appliance has no such object (for the reconciliation job: no job has been started).</source>
        <translation>어플라이언스에 해당 개체가 없습니다(조정 작업의 경우: 시작된 작업이 없음).</translation>
    </message>
    <message>
        <source>The appliance is busy: a backup, restore or reconciliation is already in progress.</source>
        <translation>어플라이언스가 사용 중입니다. 백업, 복원 또는 조정이 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>The appliance does not allow this now. Reconciliation can only start after the restore has finished successfully.</source>
        <translation>어플라이언스가 지금은 이 작업을 허용하지 않습니다. 조정은 복원이 성공적으로 완료된 후에만 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>The restore is still running ({progress} %). Reconciliation can only start once it has finished successfully: wait for it (reconui-cli: --wait-for-restore).</source>
        <translation>복원이 아직 실행 중입니다({progress}%). 조정은 복원이 성공적으로 완료된 후에만 시작할 수 있으므로 기다리십시오(reconui-cli: --wait-for-restore).</translation>
    </message>
    <message>
        <source>The restore job FAILED, so reconciliation cannot start. Read the restore&apos;s messages, fix the cause and restore again (appliance management interface, port 5480).</source>
        <translation>복원 작업이 FAILED 상태이므로 조정을 시작할 수 없습니다. 복원 메시지를 읽고 원인을 해결한 후 다시 복원하십시오(어플라이언스 관리 인터페이스, 포트 5480).</translation>
    </message>
    <message>
        <source>The appliance rejected the request. Check the SSO administrator user name and password.</source>
        <translation>어플라이언스가 요청을 거부했습니다. SSO 관리자 사용자 이름과 암호를 확인하십시오.</translation>
    </message>
    <message>
        <source>The appliance&apos;s services are not available at the moment (HTTP {status}).</source>
        <translation>현재 어플라이언스 서비스를 사용할 수 없습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>The appliance reported an error (HTTP {status}).</source>
        <translation>어플라이언스에서 오류를 보고했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>The name {host} could not be resolved. Check the host name and your DNS settings.</source>
        <translation>이름 {host}을(를) 확인할 수 없습니다. 호스트 이름과 DNS 설정을 확인하십시오.</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}. Is the appliance up, and is the port right?</source>
        <translation>{host}이(가) 포트 {port}에서 연결을 거부했습니다. 어플라이언스가 실행 중이며 포트가 올바릅니까?</translation>
    </message>
    <message>
        <source>The connection to {host} was closed unexpectedly.</source>
        <translation>{host}에 대한 연결이 예기치 않게 닫혔습니다.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds.</source>
        <translation>{host}이(가) {seconds}초 이내에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to {host} could not be set up: {reason}</source>
        <translation>{host}에 대한 보안(TLS) 연결을 설정할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The proxy {proxy} could not be used to reach {host}: {reason}</source>
        <translation>프록시 {proxy}을(를) 사용하여 {host}에 연결할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Could not connect to {host}: {reason}</source>
        <translation>{host}에 연결할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The appliance sent an unusable answer ({reason}).</source>
        <translation>어플라이언스가 사용할 수 없는 응답을 보냈습니다({reason}).</translation>
    </message>
    <message>
        <source>The appliance&apos;s answer did not have the expected form: {reason}</source>
        <translation>어플라이언스 응답이 예상한 형식이 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts. Check its SHA-256 fingerprint {sha256} with the appliance&apos;s administrator before trusting it.</source>
        <translation>{host}의 인증서가 이 컴퓨터가 신뢰하는 기관에서 서명되지 않았습니다. 신뢰하기 전에 어플라이언스 관리자와 함께 SHA-256 지문 {sha256}을(를) 확인하십시오.</translation>
    </message>
    <message>
        <source>The certificate of {host} is signed by a trusted authority, but it was issued for other names ({names}), not for the address you typed.</source>
        <translation>{host}의 인증서는 신뢰할 수 있는 기관에서 서명했지만, 입력한 주소가 아닌 다른 이름({names})에 대해 발급되었습니다.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid at this time (valid until {not_after}), although its authority may be trusted. Check this computer&apos;s clock and the appliance certificate.</source>
        <translation>{host}의 인증서는 기관을 신뢰할 수 있더라도 현재 유효하지 않습니다(유효 기간 끝: {not_after}). 이 컴퓨터의 시계와 어플라이언스 인증서를 확인하십시오.</translation>
    </message>
    <message>
        <source>The certificate of {host} has changed since you trusted it (was {pinned}, now {sha256}). Nothing was sent. A restore can legitimately replace the certificate: verify the new fingerprint before trusting it again.</source>
        <translation>{host}의 인증서가 신뢰한 이후 변경되었습니다(이전 {pinned}, 현재 {sha256}). 아무것도 전송되지 않았습니다. 복원 시 인증서가 정당하게 교체될 수 있습니다. 다시 신뢰하기 전에 새 지문을 확인하십시오.</translation>
    </message>
    <message>
        <source>The file of trusted certificate fingerprints {path} cannot be used ({reason}). Nothing was sent. Fix or remove the file, then connect again.</source>
        <translation>신뢰할 수 있는 인증서 지문 파일 {path}을(를) 사용할 수 없습니다({reason}). 아무것도 전송되지 않았습니다. 파일을 수정하거나 제거한 후 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not be used.</source>
        <translation>암호 저장소({store})를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not read the password.</source>
        <translation>암호 저장소({store})에서 암호를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not save the password.</source>
        <translation>암호 저장소({store})에 암호를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The password store ({store}) could not delete the password.</source>
        <translation>암호 저장소({store})에서 암호를 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The password store ({store}) is locked. Unlock it to remember or read passwords.</source>
        <translation>암호 저장소({store})가 잠겨 있습니다. 암호를 저장하거나 읽으려면 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer (for example no Secret Service on a headless or SSH session). Passwords are kept in memory for this session only.</source>
        <translation>이 컴퓨터에서 사용할 수 있는 안전한 암호 저장소가 없습니다(예: 헤드리스 또는 SSH 세션에 Secret Service가 없음). 암호는 이 세션 동안만 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <source>The only password store available ({store}) keeps passwords in a file on disk without real protection. reconui does not use it; passwords are kept in memory for this session only.</source>
        <translation>사용 가능한 유일한 암호 저장소({store})는 실질적인 보호 없이 디스크의 파일에 암호를 보관합니다. reconui는 이 저장소를 사용하지 않으며, 암호는 이 세션 동안만 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <source>Stopped waiting after {minutes} minutes without a usable answer from the appliance.</source>
        <translation>어플라이언스에서 사용 가능한 응답 없이 {minutes}분이 지나 대기를 중지했습니다.</translation>
    </message>
    <message>
        <source>The server address {value} is not valid: {reason}</source>
        <translation>서버 주소 {value}이(가) 잘못되었습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>5. Health after reconciliation</source>
        <translation>5. 조정 후 상태</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>상태 점검 결과</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>확인 항목</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>What it says, what to do</source>
        <translation>내용 및 조치</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>확인 중지</translation>
    </message>
    <message>
        <source>Stop re-checking while services are still starting. The job&apos;s result stays as it is; the health is then reported as not checked.</source>
        <translation>서비스가 아직 시작되는 동안 재확인을 중지합니다. 작업 결과는 그대로 유지되며, 상태는 확인되지 않음으로 보고됩니다.</translation>
    </message>
    <message>
        <source>NOT CHECKED YET</source>
        <translation>아직 확인 안 됨</translation>
    </message>
    <message>
        <source>Health: not checked yet</source>
        <translation>상태: 아직 확인 안 됨</translation>
    </message>
    <message>
        <source>The appliance&apos;s health is checked once the job has SUCCEEDED.</source>
        <translation>어플라이언스 상태는 작업이 SUCCEEDED가 되면 확인합니다.</translation>
    </message>
    <message>
        <source>CHECKING</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Health: checking</source>
        <translation>상태: 확인 중</translation>
    </message>
    <message>
        <source>Services are still settling after reconciliation; checking again.</source>
        <translation>조정 후 서비스가 아직 안정화되는 중입니다. 다시 확인합니다.</translation>
    </message>
    <message>
        <source>Checking the appliance&apos;s health…</source>
        <translation>어플라이언스 상태를 확인하는 중…</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>NEEDS ATTENTION</source>
        <translation>주의 필요</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>확인 안 됨</translation>
    </message>
    <message>
        <source>Health: {verdict}</source>
        <translation>상태: {verdict}</translation>
    </message>
    <message>
        <source>Fine ({count}): {names}</source>
        <translation>정상({count}): {names}</translation>
    </message>
    <message>
        <source>Health: {text}</source>
        <translation>상태: {text}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — reconui</source>
        <translation>기록 — reconui</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>어플라이언스</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>이전 실행</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>보고서 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>{outcome} (simulation)</source>
        <translation>{outcome}(시뮬레이션)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the reports folder, newest first.</source>
        <translation>
            <numerusform>보고서 폴더에 실행 %n개가 있습니다(최신순).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>4. Reconciliation job</source>
        <translation>4. 조정 작업</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>지금 할 일</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>Translators: the progress bar&apos;s text; %p is the percentage (Qt fills it in)</extracomment>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>작업 진행률</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>경과 시간:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>종료:</translation>
    </message>
    <message>
        <source>Filter messages (text or id)</source>
        <translation>메시지 필터(텍스트 또는 ID)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>메시지 필터</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 세부 정보</translation>
    </message>
    <message>
        <source>Stop &amp;monitoring</source>
        <translation>모니터링 중지(&amp;M)</translation>
    </message>
    <message>
        <source>Stop watching. The job itself cannot be cancelled and continues on the appliance; connect again later to see its result.</source>
        <translation>모니터링을 중지합니다. 작업 자체는 취소할 수 없으며 어플라이언스에서 계속 실행됩니다. 나중에 다시 연결하여 결과를 확인하십시오.</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>보고서 저장(&amp;R)…</translation>
    </message>
    <message>
        <source>Copy su&amp;mmary</source>
        <translation>요약 복사(&amp;M)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>다시 시작(&amp;G)…</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>시간({zone})</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <source>No job is being watched.</source>
        <translation>모니터링 중인 작업이 없습니다.</translation>
    </message>
    <message>
        <source>What to do now: {step}</source>
        <translation>지금 할 일: {step}</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>A reconciliation job is running on the appliance and is not watched yet. Use “Attach to running job” to follow it.</source>
        <translation>어플라이언스에서 조정 작업이 실행 중이지만 아직 모니터링하고 있지 않습니다. 따라가려면 “실행 중인 작업에 연결”을 사용하십시오.</translation>
    </message>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>성공</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance succeeded (ended {end}).</source>
        <translation>이 어플라이언스의 마지막 조정 작업이 성공했습니다({end}에 종료됨).</translation>
    </message>
    <message>
        <source>FAILED</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>실패</translation>
    </message>
    <message>
        <source>The last reconciliation job on this appliance failed (ended {end}).</source>
        <translation>이 어플라이언스의 마지막 조정 작업이 실패했습니다({end}에 종료됨).</translation>
    </message>
    <message>
        <source>The appliance reports a job in state {status}.</source>
        <translation>어플라이언스가 {status} 상태의 작업을 보고합니다.</translation>
    </message>
    <message>
        <source>STARTING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>시작 중</translation>
    </message>
    <message>
        <source>ATTACHING</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Asking the appliance to start the job…</source>
        <translation>어플라이언스에 작업 시작을 요청하는 중…</translation>
    </message>
    <message>
        <source>Attaching to the running job…</source>
        <translation>실행 중인 작업에 연결하는 중…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>오류</translation>
    </message>
    <message>
        <source>The job was started.</source>
        <translation>작업이 시작되었습니다.</translation>
    </message>
    <message>
        <source>Watching the job that was already running.</source>
        <translation>이미 실행 중이던 작업을 모니터링하고 있습니다.</translation>
    </message>
    <message>
        <source>Running — last change seen at {time}.</source>
        <translation>실행 중 — 마지막 변경 확인 시각 {time}.</translation>
    </message>
    <message>
        <source>WAITING</source>
        <extracomment>Translators: a job state in the status badge, in capitals like the appliance&apos;s own states</extracomment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>The address answers, but not like the appliance&apos;s API (a proxy or the network answering in its place?): {reason}</source>
        <translation>주소가 응답하지만 어플라이언스 API의 응답이 아닙니다(프록시나 네트워크가 대신 응답하고 있습니까?): {reason}</translation>
    </message>
    <message>
        <source>Appliance services restarting: {reason}</source>
        <translation>어플라이언스 서비스 다시 시작 중: {reason}</translation>
    </message>
    <message>
        <source>The appliance&apos;s address answers with something that is not the appliance (a proxy or the network?) — waiting (until {time}).</source>
        <translation>어플라이언스 주소가 어플라이언스가 아닌 다른 것으로 응답합니다(프록시 또는 네트워크?) — 대기 중({time}까지).</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time}). This is expected during reconciliation.</source>
        <translation>어플라이언스 서비스 다시 시작 중 — 대기 중({time}까지). 조정 중에는 정상적인 현상입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Waited {waited}, %n attempt(s); keeps trying until {time}.</source>
        <translation>
            <numerusform>{waited} 대기, 시도 %n회. {time}까지 계속 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{time}: the appliance answers again after {seconds} s of restarting services.</source>
        <translation>{time}: 서비스 다시 시작 {seconds}초 후 어플라이언스가 다시 응답합니다.</translation>
    </message>
    <message>
        <source>{time}: the session had expired; logged in again and kept watching.</source>
        <translation>{time}: 세션이 만료되어 다시 로그인했으며 계속 모니터링합니다.</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>모니터링 안 함</translation>
    </message>
    <message>
        <source>Monitoring stopped. The reconciliation job continues on the appliance; connect again later to check its result, or use “Attach to running job” while connected.</source>
        <translation>모니터링이 중지되었습니다. 조정 작업은 어플라이언스에서 계속됩니다. 나중에 다시 연결하여 결과를 확인하거나, 연결된 상태에서 “실행 중인 작업에 연결”을 사용하십시오.</translation>
    </message>
    <message>
        <source>by {time}</source>
        <translation>{time} 이전</translation>
    </message>
    <message>
        <source>Reconciliation finished successfully.</source>
        <translation>조정이 성공적으로 완료되었습니다.</translation>
    </message>
    <message>
        <source>Reconciliation failed. The appliance&apos;s error is shown below.</source>
        <translation>조정이 실패했습니다. 어플라이언스의 오류가 아래에 표시됩니다.</translation>
    </message>
    <message>
        <source>The appliance gave no details.</source>
        <translation>어플라이언스가 세부 정보를 제공하지 않았습니다.</translation>
    </message>
    <message>
        <source>Report saved automatically: {links}</source>
        <translation>보고서가 자동으로 저장됨: {links}</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>{folder}에 저장됨</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Passwords are remembered in {name}.</source>
        <translation>암호는 {name}에 저장됩니다.</translation>
    </message>
    <message>
        <source>The keyring could not be opened.</source>
        <translation>키링을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>{sentence} ({kind})</source>
        <extracomment>Translators: {sentence} is a whole sentence about the keyring, {kind} a Python exception name.</extracomment>
        <translation>{sentence}({kind})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The certificate of {address} has changed since you trusted it. Nothing was sent; the dialog shows both fingerprints.</source>
        <translation>{address}의 인증서가 신뢰한 이후 변경되었습니다. 아무것도 전송되지 않았습니다. 대화 상자에 두 지문이 모두 표시됩니다.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>인증서 확인 중…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>certificate verified by a trusted authority (SHA-256 {fp})</source>
        <translation>신뢰할 수 있는 기관에서 확인한 인증서(SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate trusted for this session (SHA-256 {fp})</source>
        <translation>이 세션 동안 신뢰하는 인증서(SHA-256 {fp})</translation>
    </message>
    <message>
        <source>certificate pinned (SHA-256 {fp})</source>
        <translation>고정된 인증서(SHA-256 {fp})</translation>
    </message>
    <message>
        <source>Checking the certificate of {address}…</source>
        <translation>{address}의 인증서 확인 중…</translation>
    </message>
    <message>
        <source>Logging in to {address}…</source>
        <translation>{address}에 로그인 중…</translation>
    </message>
    <message>
        <source>Not connected: the certificate of {address} was not trusted. Nothing was sent.</source>
        <translation>연결되지 않음: {address}의 인증서를 신뢰하지 않았습니다. 아무것도 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>The pin could not be saved; the certificate is trusted for this session only.</source>
        <translation>고정을 저장할 수 없습니다. 인증서는 이 세션 동안만 신뢰됩니다.</translation>
    </message>
    <message>
        <source>Connecting by the certificate&apos;s name {name}…</source>
        <translation>인증서의 이름 {name}(으)로 연결하는 중…</translation>
    </message>
    <message>
        <source>Stopped: the certificate of {address} has changed. Nothing was sent.</source>
        <translation>중지됨: {address}의 인증서가 변경되었습니다. 아무것도 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>The old pin could not be removed.</source>
        <translation>이전 고정을 제거할 수 없습니다.</translation>
    </message>
    <message>
        <source>The old pin for {address} was removed. Connect again to review the new certificate.</source>
        <translation>{address}의 이전 고정이 제거되었습니다. 새 인증서를 검토하려면 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>The built-in simulator could not be started.</source>
        <translation>기본 제공 시뮬레이터를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>SIMULATION — reconui&apos;s built-in appliance simulator is serving on {address} (scenario “{scenario}”). No real vCenter is touched.</source>
        <translation>시뮬레이션 — reconui의 기본 제공 어플라이언스 시뮬레이터가 {address}에서 실행 중입니다(시나리오 “{scenario}”). 실제 vCenter는 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>A remembered password could not be read.</source>
        <translation>저장된 암호를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The password could not be saved in the keyring. It is kept in memory for this session only.</source>
        <translation>암호를 키링에 저장할 수 없습니다. 이 세션 동안만 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>Check the certificate, log in and look at the appliance. Nothing is started yet.</source>
        <translation>인증서를 확인하고 로그인한 후 어플라이언스를 살펴봅니다. 아직 아무것도 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>연결 끊기(&amp;C)</translation>
    </message>
    <message>
        <source>Connected to {address} · /{flavor}</source>
        <translation>{address}에 연결됨 · /{flavor}</translation>
    </message>
    <message>
        <source>The job SUCCEEDED, but the appliance is not healthy yet: see “Health after reconciliation”.</source>
        <translation>작업은 SUCCEEDED이지만 어플라이언스가 아직 정상이 아닙니다. “조정 후 상태”를 참조하십시오.</translation>
    </message>
    <message>
        <source>Appliance services restarting — waiting (until {time})…</source>
        <translation>어플라이언스 서비스 다시 시작 중 — 대기 중({time}까지)…</translation>
    </message>
    <message>
        <source>Waiting for the appliance</source>
        <translation>어플라이언스 대기 중</translation>
    </message>
    <message>
        <source>The appliance answers again (after {seconds} s).</source>
        <translation>어플라이언스가 다시 응답합니다({seconds}초 후).</translation>
    </message>
    <message>
        <source>The session had expired; logged in again.</source>
        <translation>세션이 만료되어 다시 로그인했습니다.</translation>
    </message>
    <message>
        <source>Reconciliation succeeded — {host}</source>
        <translation>조정 성공 — {host}</translation>
    </message>
    <message>
        <source>The reconciliation job finished successfully.</source>
        <translation>조정 작업이 성공적으로 완료되었습니다.</translation>
    </message>
    <message>
        <source>Reconciliation FAILED — {host}</source>
        <translation>조정 실패 — {host}</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>작업이 실패했습니다.</translation>
    </message>
    <message>
        <source>reconui needs you — {host}</source>
        <translation>reconui 확인 필요 — {host}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file (Help → Open log folder).</source>
        <translation>예기치 않은 문제가 발생했습니다. 자세한 내용은 로그 파일에 있습니다(도움말 → 로그 폴더 열기).</translation>
    </message>
    <message>
        <source>Monitoring ended because of an internal error.</source>
        <translation>내부 오류로 인해 모니터링이 종료되었습니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>보고서 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;last report</source>
        <translation>마지막 보고서 열기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy s&amp;ummary</source>
        <translation>요약 복사(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>기록(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Trusted certificates…</source>
        <translation>신뢰할 수 있는 인증서(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;reports folder</source>
        <translation>보고서 폴더 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Try the built-in &amp;simulator</source>
        <translation>기본 제공 시뮬레이터 사용해 보기(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>로그 폴더 열기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About reconui</source>
        <translation>reconui 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Report: {path}</source>
        <translation>보고서: {path}</translation>
    </message>
    <message>
        <source>There is no report yet. Every run writes one to {path}.</source>
        <translation>아직 보고서가 없습니다. 실행할 때마다 {path}에 보고서가 작성됩니다.</translation>
    </message>
    <message>
        <source>reconui {version} — reconciliation summary</source>
        <translation>reconui {version} — 조정 요약</translation>
    </message>
    <message>
        <source>Appliance: {address}</source>
        <translation>어플라이언스: {address}</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>버전: {version}</translation>
    </message>
    <message>
        <source>API: /{flavor}</source>
        <translation>API: /{flavor}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {sha}</source>
        <translation>인증서 SHA-256: {sha}</translation>
    </message>
    <message>
        <source>SSO administrator: {user}</source>
        <translation>SSO 관리자: {user}</translation>
    </message>
    <message>
        <source>Ignore warnings: yes</source>
        <translation>경고 무시: 예</translation>
    </message>
    <message>
        <source>Ignore warnings: no</source>
        <translation>경고 무시: 아니요</translation>
    </message>
    <message>
        <source>Result: {status}</source>
        <translation>결과: {status}</translation>
    </message>
    <message>
        <source>Progress: {percent} %</source>
        <translation>진행률: {percent}%</translation>
    </message>
    <message>
        <source>Started: {time}</source>
        <translation>시작: {time}</translation>
    </message>
    <message>
        <source>Ended: {time}</source>
        <translation>종료: {time}</translation>
    </message>
    <message>
        <source>What to do next: {step}</source>
        <translation>다음에 할 일: {step}</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>메시지:</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>요약을 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>보고서를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>보고서를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>로그 폴더</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>보고서 폴더</translation>
    </message>
    <message>
        <source>{what} {path} could not be created.</source>
        <translation>{what} {path}을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>{what}: {path} (if no file manager opens, open it by hand)</source>
        <translation>{what}: {path}(파일 관리자가 열리지 않으면 직접 여십시오)</translation>
    </message>
    <message>
        <source>No file manager could be opened. {what}: {path}</source>
        <translation>파일 관리자를 열 수 없습니다. {what}: {path}</translation>
    </message>
    <message>
        <source>About reconui</source>
        <translation>reconui 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;Runs and watches the vCenter Server Appliance post-restore reconciliation job.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;br&gt;Reports: {reports}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reconui {version}&lt;/h3&gt;&lt;p&gt;vCenter Server Appliance의 복원 후 조정 작업을 실행하고 모니터링합니다.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;&lt;p&gt;로그: {logs}&lt;br&gt;보고서: {reports}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{address} · /{flavor} · {user} · {trust}</source>
        <translation>{address} · /{flavor} · {user} · {trust}</translation>
    </message>
    <message>
        <source>SIMULATION · {summary}</source>
        <translation>시뮬레이션 · {summary}</translation>
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
        <translation>reconui — vCenter 조정</translation>
    </message>
    <message>
        <source>[SIMULATION] {title}</source>
        <translation>[시뮬레이션] {title}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
</context>
<context>
    <name>MessagesTable</name>
    <message>
        <source>Seen</source>
        <translation>확인 시각</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Job messages</source>
        <translation>작업 메시지</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>모두 복사</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Check the vCenter user name and retype the password, then connect again.</source>
        <translation>vCenter 사용자 이름을 확인하고 암호를 다시 입력한 후 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>Log in with an SSO user in the SystemConfiguration.Administrators group (for example administrator@vsphere.local).</source>
        <translation>SystemConfiguration.Administrators 그룹의 SSO 사용자(예: administrator@vsphere.local)로 로그인하십시오.</translation>
    </message>
    <message>
        <source>Nothing to watch yet: connect again and start the reconciliation from the pre-flight check.</source>
        <translation>아직 모니터링할 작업이 없습니다. 다시 연결하고 사전 점검에서 조정을 시작하십시오.</translation>
    </message>
    <message>
        <source>Wait for the running backup, restore or reconciliation to finish (see the appliance management interface on port 5480), then check again.</source>
        <translation>실행 중인 백업, 복원 또는 조정이 끝날 때까지 기다린 후(포트 5480의 어플라이언스 관리 인터페이스 참조) 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>Repeat the restore until the restore job reports SUCCEEDED, then start the reconciliation.</source>
        <translation>복원 작업이 SUCCEEDED를 보고할 때까지 복원을 반복한 후 조정을 시작하십시오.</translation>
    </message>
    <message>
        <source>Wait for the restore to finish (or use --wait-for-restore), then start the reconciliation.</source>
        <translation>복원이 끝날 때까지 기다린 후(또는 --wait-for-restore 사용) 조정을 시작하십시오.</translation>
    </message>
    <message>
        <source>Read the restore&apos;s messages, fix their cause and repeat the restore; reconciliation comes after.</source>
        <translation>복원 메시지를 읽고 원인을 해결한 후 복원을 반복하십시오. 조정은 그다음입니다.</translation>
    </message>
    <message>
        <source>Retype the SSO administrator user name and password, then start again.</source>
        <translation>SSO 관리자 사용자 이름과 암호를 다시 입력한 후 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>Wait a few minutes for the appliance services, then check again.</source>
        <translation>어플라이언스 서비스를 몇 분 기다린 후 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>Check the appliance management interface (port 5480) and its logs, then check again.</source>
        <translation>어플라이언스 관리 인터페이스(포트 5480)와 해당 로그를 확인한 후 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, or connect by its IP address or fully qualified name.</source>
        <translation>호스트 이름의 철자를 확인하거나 IP 주소 또는 정규화된 도메인 이름으로 연결하십시오.</translation>
    </message>
    <message>
        <source>Check that the appliance is powered on and that the port is 443 (or the one it uses).</source>
        <translation>어플라이언스의 전원이 켜져 있고 포트가 443(또는 어플라이언스가 사용하는 포트)인지 확인하십시오.</translation>
    </message>
    <message>
        <source>Check again in a minute; if it repeats, check firewalls and proxies between you and the appliance.</source>
        <translation>1분 후에 다시 확인하십시오. 반복되면 이 컴퓨터와 어플라이언스 사이의 방화벽과 프록시를 확인하십시오.</translation>
    </message>
    <message>
        <source>Check that the appliance answers on port 443 from this computer (firewall, VPN, proxy).</source>
        <translation>이 컴퓨터에서 어플라이언스가 포트 443으로 응답하는지 확인하십시오(방화벽, VPN, 프록시).</translation>
    </message>
    <message>
        <source>Check that the address points at the appliance itself and not at another service or proxy.</source>
        <translation>주소가 다른 서비스나 프록시가 아닌 어플라이언스 자체를 가리키는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate that issued the appliance&apos;s certificate (the appliance offers its VMCA root certificates under /certs/download.zip), or leave the CA file empty.</source>
        <translation>어플라이언스 인증서를 발급한 CA 인증서가 포함된 PEM 파일을 선택하거나(어플라이언스는 /certs/download.zip에서 VMCA 루트 인증서를 제공합니다) CA 파일을 비워 두십시오.</translation>
    </message>
    <message>
        <source>Check the proxy address, or choose “No proxy” if the appliance is reachable directly.</source>
        <translation>프록시 주소를 확인하거나, 어플라이언스에 직접 연결할 수 있으면 “프록시 없음”을 선택하십시오.</translation>
    </message>
    <message>
        <source>Check the address and the network path to the appliance, then connect again.</source>
        <translation>주소와 어플라이언스까지의 네트워크 경로를 확인한 후 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>Check whether a proxy answers instead of the appliance (try “No proxy”); during a service restart, wait and check again.</source>
        <translation>어플라이언스 대신 프록시가 응답하는지 확인하십시오(“프록시 없음” 시도). 서비스가 다시 시작되는 중이면 기다린 후 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>Force the other API flavour (/api or /rest) and connect again; if it repeats, save the report.</source>
        <translation>다른 API 유형(/api 또는 /rest)을 지정하고 다시 연결하십시오. 반복되면 보고서를 저장하십시오.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one the appliance shows on its console or port 5480 before trusting it, or choose the CA file that signed it.</source>
        <translation>신뢰하기 전에 SHA-256 지문을 어플라이언스 콘솔이나 포트 5480에 표시된 지문과 비교하거나, 인증서에 서명한 CA 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Connect using one of these names: {names}.</source>
        <translation>다음 이름 중 하나를 사용하여 연결하십시오: {names}.</translation>
    </message>
    <message>
        <source>Renew the appliance certificate (or fix this computer&apos;s clock); trust it for this run only after checking its fingerprint.</source>
        <translation>어플라이언스 인증서를 갱신하십시오(또는 이 컴퓨터의 시계를 수정하십시오). 지문을 확인한 후에만 이번 실행에 한해 신뢰하십시오.</translation>
    </message>
    <message>
        <source>Ask whoever restored the appliance whether its certificate was replaced; only then remove the old pin and trust the new fingerprint.</source>
        <translation>어플라이언스를 복원한 담당자에게 인증서가 교체되었는지 문의하십시오. 그런 다음에만 이전 고정을 제거하고 새 지문을 신뢰하십시오.</translation>
    </message>
    <message>
        <source>Fix the permissions of the pin file or move it away, then connect again.</source>
        <translation>고정 파일의 권한을 수정하거나 파일을 다른 곳으로 옮긴 후 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>Uncheck “Remember” for now (the password is then kept for this session only), or fix the keyring and try again.</source>
        <translation>지금은 “저장”을 선택 취소하거나(암호는 이 세션 동안만 보관됨) 키링을 수정한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Unlock the keyring (log in to the desktop session&apos;s wallet), then try again.</source>
        <translation>키링 잠금을 해제한 후(데스크톱 세션의 지갑에 로그인) 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Type the password each time, or install and unlock a keyring service.</source>
        <translation>매번 암호를 입력하거나, 키링 서비스를 설치하고 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>Type the password each time; reconui does not store passwords in an unencrypted keyring.</source>
        <translation>매번 암호를 입력하십시오. reconui는 암호화되지 않은 키링에 암호를 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Connect again and attach: the job goes on on the appliance. If the appliance stays silent, check it on port 5480.</source>
        <translation>다시 연결한 후 작업에 연결하십시오. 작업은 어플라이언스에서 계속 실행됩니다. 어플라이언스가 계속 응답하지 않으면 포트 5480에서 확인하십시오.</translation>
    </message>
    <message>
        <source>Correct the address (host name or IP, port 1–65535) and connect again.</source>
        <translation>주소(호스트 이름 또는 IP, 포트 1–65535)를 수정하고 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>Check that the Enhanced Linked Mode partners resolve and answer on 443, then repeat the restore before starting the reconciliation again.</source>
        <translation>고급 연결 모드 파트너의 이름이 확인되고 443에서 응답하는지 확인한 후, 조정을 다시 시작하기 전에 복원을 반복하십시오.</translation>
    </message>
    <message>
        <source>Make the linked-mode partners reachable and start again; or start again with “Ignore warnings”, knowing that changes made on this node after the backup are then lost.</source>
        <translation>연결 모드 파트너에 연결할 수 있게 한 후 다시 시작하십시오. 또는 이 노드에서 백업 이후에 변경된 내용이 손실된다는 점을 감안하고 “경고 무시”로 다시 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>SUCCEEDED</source>
        <extracomment>Translators: how a run ended, in capitals like the appliance&apos;s job states (History, summary)</extracomment>
        <translation>성공</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>NOT MONITORED</source>
        <translation>모니터링 안 함</translation>
    </message>
    <message>
        <source>NO JOB</source>
        <translation>작업 없음</translation>
    </message>
    <message>
        <source>LAST JOB FINISHED</source>
        <translation>마지막 작업 완료됨</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Linked-mode partners</source>
        <translation>연결 모드 파트너</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>연결 가능</translation>
    </message>
    <message>
        <source>Replicating</source>
        <translation>복제 중</translation>
    </message>
    <message>
        <source>Change lag</source>
        <translation>변경 지연</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>—(먼저 연결하십시오)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Translators: a table cell: the partner status could not be read</extracomment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Translators: a table cell answering “Reachable?” (yes, or a warning that it is not)
----------
Translators: a table cell answering “Replicating?”</extracomment>
        <translation>예</translation>
    </message>
    <message>
        <source>✖ NO</source>
        <translation>✖ 아니요</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>변경 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>암호 표시</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <translation>{field} 표시</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>암호 숨기기</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <source>3. Pre-flight check</source>
        <translation>3. 사전 점검</translation>
    </message>
    <message>
        <source>Appliance:</source>
        <translation>어플라이언스:</translation>
    </message>
    <message>
        <source>API in use:</source>
        <translation>사용 중인 API:</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>복원:</translation>
    </message>
    <message>
        <source>Linked mode:</source>
        <translation>연결 모드:</translation>
    </message>
    <message>
        <source>Reconciliation job:</source>
        <translation>조정 작업:</translation>
    </message>
    <message>
        <source>S&amp;tart reconciliation…</source>
        <translation>조정 시작(&amp;T)…</translation>
    </message>
    <message>
        <source>A&amp;ttach to running job</source>
        <translation>실행 중인 작업에 연결(&amp;T)</translation>
    </message>
    <message>
        <source>Watch the job that is already running on the appliance.</source>
        <translation>어플라이언스에서 이미 실행 중인 작업을 모니터링합니다.</translation>
    </message>
    <message>
        <source>Start a&amp;gain…</source>
        <translation>다시 시작(&amp;G)…</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>다시 확인(&amp;K)</translation>
    </message>
    <message>
        <source>— (connect first)</source>
        <translation>—(먼저 연결하십시오)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>unknown (the appliance did not say)</source>
        <translation>알 수 없음(어플라이언스가 알려 주지 않음)</translation>
    </message>
    <message>
        <source>vCenter Server Appliance</source>
        <translation>vCenter Server Appliance</translation>
    </message>
    <message>
        <source>{product} {version}, build {build}</source>
        <translation>{product} {version}, 빌드 {build}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>✔ SUCCEEDED — reconciliation may start</source>
        <translation>✔ SUCCEEDED — 조정을 시작할 수 있습니다</translation>
    </message>
    <message>
        <source>✖ FAILED — {sentence}</source>
        <translation>✖ FAILED — {sentence}</translation>
    </message>
    <message>
        <source>⚠ {state} — the appliance only allows reconciliation after a successful restore</source>
        <translation>⚠ {state} — 어플라이언스는 복원이 성공한 후에만 조정을 허용합니다</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — not watched any more; “Check again” looks at it again</source>
        <translation>⟳ INPROGRESS({percent}%) — 더 이상 모니터링하지 않습니다. “다시 확인”을 누르면 다시 확인합니다</translation>
    </message>
    <message>
        <source>⟳ INPROGRESS ({percent} %) — watching it; reconciliation can start once it has SUCCEEDED</source>
        <translation>⟳ INPROGRESS({percent}%) — 모니터링 중입니다. SUCCEEDED가 되면 조정을 시작할 수 있습니다</translation>
    </message>
    <message>
        <source>None — ready to start</source>
        <translation>없음 — 시작할 준비가 됨</translation>
    </message>
    <message>
        <source>None — waiting for the restore</source>
        <translation>없음 — 복원을 기다리는 중</translation>
    </message>
    <message>
        <source>None — a successful restore comes first</source>
        <translation>없음 — 먼저 복원이 성공해야 합니다</translation>
    </message>
    <message>
        <source>⟳ RUNNING — watched below</source>
        <translation>⟳ RUNNING — 아래에서 모니터링 중</translation>
    </message>
    <message>
        <source>⟳ RUNNING ({percent} %), started {start} — attach to watch it</source>
        <translation>⟳ RUNNING({percent}%), {start}에 시작됨 — 연결하여 모니터링하십시오</translation>
    </message>
    <message>
        <source>{mark} Last run {status}, ended {end}</source>
        <translation>{mark} 마지막 실행 {status}, {end}에 종료됨</translation>
    </message>
    <message>
        <source>{status} ({percent} %)</source>
        <translation>{status}({percent}%)</translation>
    </message>
    <message>
        <source>The restore has not finished successfully, so the appliance would refuse to start reconciliation. Finish the restore, then use “Check again”.</source>
        <translation>복원이 성공적으로 완료되지 않아 어플라이언스가 조정 시작을 거부합니다. 복원을 완료한 후 “다시 확인”을 사용하십시오.</translation>
    </message>
    <message>
        <source>Start a new reconciliation job although one has already run.</source>
        <translation>이미 실행된 작업이 있지만 새 조정 작업을 시작합니다.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>the answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>session token</source>
        <translation>세션 토큰</translation>
    </message>
    <message>
        <source>health level</source>
        <translation>상태 수준</translation>
    </message>
    <message>
        <source>{where} must be an object, got {type}</source>
        <translation>{where}은(는) 개체여야 함({type} 받음)</translation>
    </message>
    <message>
        <source>{where} must be an array, got {type}</source>
        <translation>{where}은(는) 배열이어야 함({type} 받음)</translation>
    </message>
    <message>
        <source>{where} must be a string, got {type}</source>
        <translation>{where}은(는) 문자열이어야 함({type} 받음)</translation>
    </message>
    <message>
        <source>{where} must be an integer, got {type}</source>
        <translation>{where}은(는) 정수여야 함({type} 받음)</translation>
    </message>
    <message>
        <source>{where} must be a number, got {type}</source>
        <translation>{where}은(는) 숫자여야 함({type} 받음)</translation>
    </message>
    <message>
        <source>{where} must be a boolean, got {type}</source>
        <translation>{where}은(는) 부울이어야 함({type} 받음)</translation>
    </message>
    <message>
        <source>{where} must be an object or a key/value array, got {type}</source>
        <translation>{where}은(는) 개체 또는 키/값 배열이어야 함({type} 받음)</translation>
    </message>
    <message>
        <source>{where} must be an RFC 3339 date-time string, got {type}</source>
        <translation>{where}은(는) RFC 3339 날짜-시간 문자열이어야 함({type} 받음)</translation>
    </message>
    <message>
        <source>{where} is outside the 64-bit integer range</source>
        <translation>{where}이(가) 64비트 정수 범위를 벗어남</translation>
    </message>
    <message>
        <source>{where} is too large for a double</source>
        <translation>{where}이(가) double 값으로는 너무 큼</translation>
    </message>
    <message>
        <source>{where} must be a finite number</source>
        <translation>{where}은(는) 유한한 숫자여야 함</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>{where}이(가) 없음</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where}이(가) 비어 있음</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 date-time</source>
        <translation>{where}이(가) RFC 3339 날짜-시간이 아님</translation>
    </message>
    <message>
        <source>{where} has an invalid UTC offset</source>
        <translation>{where}의 UTC 오프셋이 잘못됨</translation>
    </message>
    <message>
        <source>{where} is not a valid date-time</source>
        <translation>{where}이(가) 올바른 날짜-시간이 아님</translation>
    </message>
    <message>
        <source>{where} has a non-string key</source>
        <translation>{where}에 문자열이 아닌 키가 있음</translation>
    </message>
    <message>
        <source>{where} is nested too deeply</source>
        <translation>{where}의 중첩이 너무 깊음</translation>
    </message>
    <message>
        <source>{where} could not be read ({kind})</source>
        <translation>{where}을(를) 읽을 수 없음({kind})</translation>
    </message>
    <message>
        <source>{where} is {length} characters long (at most {limit} are accepted)</source>
        <translation>{where}의 길이가 {length}자임(최대 {limit}자까지 허용)</translation>
    </message>
    <message>
        <source>{where} is empty or contains characters not allowed in an HTTP header</source>
        <translation>{where}이(가) 비어 있거나 HTTP 헤더에 허용되지 않는 문자가 있음</translation>
    </message>
    <message>
        <source>{where} is missing (expected a /rest “value” envelope)</source>
        <translation>{where}이(가) 없음(/rest “value” 래퍼가 필요함)</translation>
    </message>
    <message>
        <source>the brackets around the IPv6 address are unbalanced</source>
        <translation>IPv6 주소를 둘러싼 대괄호의 짝이 맞지 않음</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>IPv6 주소만 대괄호로 묶을 수 있음</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>it contains spaces or control characters</source>
        <translation>공백 또는 제어 문자가 포함되어 있음</translation>
    </message>
    <message>
        <source>it contains &apos;%&apos; (percent-encoding or an IPv6 zone index is not supported)</source>
        <translation>&apos;%&apos;가 포함되어 있음(퍼센트 인코딩 또는 IPv6 영역 인덱스는 지원되지 않음)</translation>
    </message>
    <message>
        <source>it contains a user name or password; give the user separately</source>
        <translation>사용자 이름 또는 암호가 포함되어 있음. 사용자는 따로 입력하십시오</translation>
    </message>
    <message>
        <source>enter only the host name or address, without https://, a path or a port</source>
        <translation>https://, 경로 또는 포트 없이 호스트 이름이나 주소만 입력하십시오</translation>
    </message>
    <message>
        <source>it is neither a host name nor an IPv6 address</source>
        <translation>호스트 이름도 IPv6 주소도 아님</translation>
    </message>
    <message>
        <source>it has an empty part between dots</source>
        <translation>점 사이에 빈 부분이 있음</translation>
    </message>
    <message>
        <source>a part of a host name cannot begin or end with &apos;-&apos;</source>
        <translation>호스트 이름의 각 부분은 &apos;-&apos;로 시작하거나 끝날 수 없음</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>호스트 이름에는 문자, 숫자, &apos;-&apos; 및 &apos;.&apos;만 사용할 수 있음</translation>
    </message>
    <message>
        <source>the proxy URL must not have a path, query or fragment (expected http://host:port)</source>
        <translation>프록시 URL에는 경로, 쿼리 또는 조각이 없어야 함(http://host:port 형식 필요)</translation>
    </message>
    <message>
        <source>it is not a valid IPv4 address</source>
        <translation>올바른 IPv4 주소가 아님</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>포트는 1~65535 사이의 숫자여야 함</translation>
    </message>
    <message>
        <source>only https:// addresses are supported</source>
        <translation>https:// 주소만 지원됨</translation>
    </message>
    <message>
        <source>it contains a user name or password; enter the user name in its own field (--user)</source>
        <translation>사용자 이름 또는 암호가 포함되어 있음. 사용자 이름은 해당 필드(--user)에 입력하십시오</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing bracket</source>
        <translation>IPv6 주소에 닫는 대괄호가 없음</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>IPv6 주소 뒤에 예기치 않은 텍스트가 있음</translation>
    </message>
    <message>
        <source>no proxy address was given</source>
        <translation>프록시 주소가 지정되지 않음</translation>
    </message>
    <message>
        <source>an IPv6 proxy address goes in brackets: http://[::1]:3128</source>
        <translation>IPv6 프록시 주소는 대괄호로 묶어야 함: http://[::1]:3128</translation>
    </message>
    <message>
        <source>a host name has at most {limit} characters</source>
        <translation>호스트 이름은 최대 {limit}자임</translation>
    </message>
    <message>
        <source>each part of a host name has at most {limit} characters</source>
        <translation>호스트 이름의 각 부분은 최대 {limit}자임</translation>
    </message>
    <message>
        <source>{scheme}:// proxies are not supported, only http://host:port</source>
        <translation>{scheme}:// 프록시는 지원되지 않으며 http://host:port만 지원됨</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>콘텐츠 유형 없음</translation>
    </message>
    <message>
        <source>truncated or malformed HTTP answer: {cause}</source>
        <translation>잘렸거나 형식이 잘못된 HTTP 응답: {cause}</translation>
    </message>
    <message>
        <source>HTTP {status}, JSON nested too deeply</source>
        <translation>HTTP {status}, JSON 중첩이 너무 깊음</translation>
    </message>
    <message>
        <source>HTTP {status}, empty body</source>
        <translation>HTTP {status}, 본문이 비어 있음</translation>
    </message>
    <message>
        <source>HTTP {status}, truncated or malformed JSON</source>
        <translation>HTTP {status}, 잘렸거나 형식이 잘못된 JSON</translation>
    </message>
    <message>
        <source>HTTP {status}, {kind} instead of JSON</source>
        <translation>HTTP {status}, JSON 대신 {kind}</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP {status})</source>
        <translation>예기치 않은 리디렉션(HTTP {status})</translation>
    </message>
    <message>
        <source>HTTP {status}, an answer larger than {megabytes} MB</source>
        <translation>HTTP {status}, {megabytes}MB보다 큰 응답</translation>
    </message>
    <message>
        <source>the API flavour must be auto, api or rest</source>
        <translation>API 유형은 auto, api 또는 rest여야 함</translation>
    </message>
    <message>
        <source>the CA file {path} cannot be used ({why})</source>
        <translation>CA 파일 {path}을(를) 사용할 수 없음({why})</translation>
    </message>
    <message>
        <source>the proxy address is not a valid URL ({why})</source>
        <translation>프록시 주소가 올바른 URL이 아님({why})</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>서버가 인증서를 제시하지 않음</translation>
    </message>
    <message>
        <source>the certificate&apos;s fingerprint has changed</source>
        <translation>인증서 지문이 변경됨</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be read</source>
        <translation>서버 인증서를 읽을 수 없음</translation>
    </message>
</context>
<context>
    <name>RestoreProgress</name>
    <message>
        <source>Restore %p %</source>
        <translation>복원 %p%</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>복원 진행률</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>모니터링 중지</translation>
    </message>
    <message>
        <source>Stop watching the restore. It goes on on the appliance; use “Check again” to look at it again.</source>
        <translation>복원 모니터링을 중지합니다. 복원은 어플라이언스에서 계속됩니다. 다시 확인하려면 “다시 확인”을 사용하십시오.</translation>
    </message>
    <message>
        <source>Restore messages</source>
        <translation>복원 메시지</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>NOT STARTED</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <source>Job status: {status}</source>
        <translation>작업 상태: {status}</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>This certificate has expired.</source>
        <translation>이 인증서는 만료되었습니다.</translation>
    </message>
    <message>
        <source>This certificate is not valid yet (check this computer&apos;s clock).</source>
        <translation>이 인증서는 아직 유효하지 않습니다(이 컴퓨터의 시계를 확인하십시오).</translation>
    </message>
    <message>
        <source>Certificate issued for other names — {address}</source>
        <translation>다른 이름에 대해 발급된 인증서 — {address}</translation>
    </message>
    <message>
        <source>Unknown certificate — {address}</source>
        <translation>알 수 없는 인증서 — {address}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of {address} is signed by an authority this computer trusts, but it was issued for other names.&lt;/b&gt;&lt;br&gt;Nothing has been sent yet. Connect using one of these names:</source>
        <translation>&lt;b&gt;{address}의 인증서는 이 컴퓨터가 신뢰하는 기관에서 서명했지만 다른 이름에 대해 발급되었습니다.&lt;/b&gt;&lt;br&gt;아직 아무것도 전송되지 않았습니다. 다음 이름 중 하나를 사용하여 연결하십시오:</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>{name}에 연결</translation>
    </message>
    <message>
        <source>If none of these names resolves from this computer, you can pin this exact certificate instead, after checking its fingerprint.</source>
        <translation>이 컴퓨터에서 이러한 이름을 하나도 확인할 수 없으면, 지문을 확인한 후 대신 이 인증서 자체를 고정할 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address} presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Nothing has been sent to it yet. Compare the SHA-256 fingerprint below with the one shown on the appliance (for example &lt;i&gt;Certificate Management&lt;/i&gt; in the vSphere Client, or the appliance console) before you trust it.</source>
        <translation>&lt;b&gt;{address}이(가) 이 컴퓨터가 신뢰하지 않는 인증서를 제시했습니다.&lt;/b&gt;&lt;br&gt;아직 아무것도 전송되지 않았습니다. 신뢰하기 전에 아래 SHA-256 지문을 어플라이언스에 표시된 지문(예: vSphere Client의 &lt;i&gt;인증서 관리&lt;/i&gt; 또는 어플라이언스 콘솔)과 비교하십시오.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 지문</translation>
    </message>
    <message>
        <source>Cop&amp;y fingerprint</source>
        <translation>지문 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>주체:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>대체 이름:</translation>
    </message>
    <message>
        <source>{issuer}  (self-signed)</source>
        <translation>{issuer}  (자체 서명됨)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>발급자:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} ~ {end}</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>유효 기간:</translation>
    </message>
    <message>
        <source>SHA-1 (for older screens):</source>
        <translation>SHA-1(이전 화면용):</translation>
    </message>
    <message>
        <source>Pin anyway, &amp;once</source>
        <translation>그래도 고정, 한 번만(&amp;O)</translation>
    </message>
    <message>
        <source>Pin anyway and &amp;remember</source>
        <translation>그래도 고정 및 저장(&amp;R)</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>한 번 신뢰(&amp;O)</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>신뢰 및 저장(&amp;R)</translation>
    </message>
    <message>
        <source>Accept this certificate until reconui is closed.</source>
        <translation>reconui를 닫을 때까지 이 인증서를 수락합니다.</translation>
    </message>
    <message>
        <source>Accept this certificate now and on later connections to {address}.</source>
        <translation>지금 그리고 이후 {address}에 연결할 때 이 인증서를 수락합니다.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <source>Trusted certificates — reconui</source>
        <translation>신뢰할 수 있는 인증서 — reconui</translation>
    </message>
    <message>
        <source>Certificates you chose to trust and remember, by address. Pins live in {path}.</source>
        <translation>신뢰하고 저장하기로 선택한 인증서(주소별)입니다. 고정 정보는 {path}에 있습니다.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 지문</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>신뢰할 수 있는 인증서</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>The pin for {address} was removed. The next connection asks again.</source>
        <translation>{address}의 고정이 제거되었습니다. 다음 연결 시 다시 묻습니다.</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}).</source>
        <translation>{path}을(를) 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a list of “host:port sha256” lines ({reason}). Nothing was imported.</source>
        <translation>{path}은(는) “host:port sha256” 줄 목록이 아닙니다({reason}). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n trusted certificate(s).</source>
        <translation>
            <numerusform>신뢰할 수 있는 인증서 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be written to {path} ({reason}).</source>
        <translation>목록을 {path}에 쓸 수 없습니다({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n trusted certificate(s) to {path}.</source>
        <translation>
            <numerusform>신뢰할 수 있는 인증서 %n개를 {path}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the trusted certificate of {address}? The next connection shows its certificate again and asks.</source>
        <translation>{address}의 신뢰할 수 있는 인증서를 제거하시겠습니까? 다음 연결 시 인증서를 다시 표시하고 묻습니다.</translation>
    </message>
    <message>
        <source>Remove the pin?</source>
        <translation>고정을 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Import trusted certificates</source>
        <translation>신뢰할 수 있는 인증서 가져오기</translation>
    </message>
    <message>
        <source>Pin lists (*.txt *.pins);;All files (*)</source>
        <translation>고정 목록(*.txt *.pins);;모든 파일(*)</translation>
    </message>
    <message>
        <source>Export trusted certificates</source>
        <translation>신뢰할 수 있는 인증서 내보내기</translation>
    </message>
</context>
</TS>
