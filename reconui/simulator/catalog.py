"""Localizable messages: the value types, the message catalogs and the formatter.

docs/protocol.md (§3.4, §4) fixes the wire shapes but not real message ids or texts, which are not
public. Ids here are invented in the ``ex.`` style of the examples in docs/protocol.md §8; the vAPI
runtime ids (authentication, not-found, parse errors) are the real ones. Templates use ``{0}`` for
positional ``args`` and ``{name}`` for named ``params``; clients never see templates, only the
substituted ``default_message`` (English) and ``localized`` (requested language).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Literal

ParamKind = Literal["s", "i", "d", "dt", "l"]
DATE_TIME_FORMATS = (
    "SHORT_DATE", "MED_DATE", "LONG_DATE", "FULL_DATE",
    "SHORT_TIME", "MED_TIME", "LONG_TIME", "FULL_TIME",
    "SHORT_DATE_TIME", "MED_DATE_TIME", "LONG_DATE_TIME", "FULL_DATE_TIME",
)


@dataclass(frozen=True)
class Nested:
    """A NestedLocalizableMessage: an id plus named params, and no text of its own (§3.4)."""

    id: str
    params: Mapping[str, Param] = field(default_factory=dict)


@dataclass(frozen=True)
class Param:
    """A LocalizationParam: exactly one value of one kind, plus its formatting hints."""

    kind: ParamKind
    value: str | int | float | datetime | Nested
    precision: int | None = None
    format: str | None = None

    @staticmethod
    def s(value: str) -> Param:
        """A string parameter."""
        return Param("s", value)

    @staticmethod
    def i(value: int) -> Param:
        """An integer (vAPI long) parameter."""
        return Param("i", value)

    @staticmethod
    def d(value: float, precision: int | None = None) -> Param:
        """A double parameter, shown with ``precision`` fractional digits (default 2)."""
        return Param("d", value, precision=precision)

    @staticmethod
    def dt(value: datetime, fmt: str | None = None) -> Param:
        """A datetime parameter, shown in ``fmt`` (default SHORT_DATE_TIME), always UTC."""
        if fmt is not None and fmt not in DATE_TIME_FORMATS:
            raise ValueError(f"unknown DateTimeFormat {fmt!r}")
        return Param("dt", value, format=fmt)

    @staticmethod
    def nested(msg_id: str, **params: Param) -> Param:
        """A nested message parameter (``l``)."""
        return Param("l", Nested(msg_id, params))


@dataclass(frozen=True)
class Message:
    """A LocalizableMessage before rendering: positional ``args`` or named ``params``, never both."""

    id: str
    args: tuple[str, ...] = ()
    params: Mapping[str, Param] | None = None

    def __post_init__(self) -> None:
        if self.args and self.params:
            raise ValueError(f"message {self.id} mixes args and params")


def named(msg_id: str, **params: Param) -> Message:
    """Build a message with named params."""
    return Message(msg_id, params=params)


def positional(msg_id: str, *args: object) -> Message:
    """Build a message with positional args (sent as strings, §4.1)."""
    return Message(msg_id, args=tuple(str(a) for a in args))


_EN = {
    # vAPI runtime messages (real ids).
    "com.vmware.vapi.endpoint.method.authentication.required": "Authentication required.",
    "vapi.method.authentication.required": "This method requires authentication.",
    "com.vmware.vapi.rest.httpNotFound": "Not found.",
    "com.vmware.vapi.rest.operationsForUrlNotFound": "Unable to find operations for URL: {0}.",
    "com.vmware.vapi.rest.unsupported_media_type": "Unsupported media type.",
    "vapi.protocol.server.rest.param.body_parse_error": "Error when parsing request body, '{errMsg}'",
    "vapi.protocol.server.rest.param.bodyfield.missing_field": "Body Field does not contain required field : '{msg}'",
    "vapi.data.structure.field.invalid": "Invalid field '{fieldName}' in structure '{structName}'",
    "vapi.method.invoke.exception": "Error in method invocation {0}",
    # Invented: a method that exists for the URL but not for this HTTP method.
    "ex.rest.operation.not.found": "No operation {0} is available for URL: {1}.",
    "ex.rest.body.too.large": "The request body is larger than {0} bytes.",
    "ex.rest.body.framing": "The request body cannot be read: {0}.",
    # Appliance (invented ids, docs/protocol.md §8 style).
    "ex.recon.description": "Reconciliation",
    "ex.recon.no.job": "There is no reconciliation job.",
    "ex.recon.busy": "A backup or restore is already in progress.",
    "ex.recon.backup.running": "Backup job {0} is running.",
    "ex.recon.running": "A reconciliation job is already running (started {start}).",
    "ex.recon.finished.exists": "A finished reconciliation job exists; only one reconciliation per restore is allowed.",
    "ex.recon.restore.not.succeeded": "Reconciliation is allowed only after restore has finished successfully.",
    "ex.recon.restore.state": "The restore job state is {0}.",
    "ex.recon.sso.required": "SSO administrator credentials are required on this node.",
    "ex.recon.sso.invalid": "The SSO administrator credentials for {user} are not valid.",
    "ex.recon.started": "Reconciliation started at {start}.",
    "ex.recon.sso.validated": "SSO credentials of {0} validated.",
    "ex.recon.partner.reachable": "Replication partner {partner} is reachable (round trip {latency} ms).",
    "ex.recon.partner.unreachable": "Replication partner {0} is not reachable.",
    "ex.recon.warning.ignored": "Ignoring warning as requested: {warning} Changes made on this node after the backup "
    "are lost.",
    "ex.recon.warning.partner": "partner {partner} did not answer.",
    "ex.recon.validation.failed": "Validation reported {count} warning(s) and ignore_warnings is not set.",
    "ex.recon.sync": "Synchronized {count} objects with SSO domain {domain}.",
    "ex.recon.step": "Starting services ({done} of {total}).",
    "ex.recon.service.started": "Started {service}.",
    "ex.recon.service.name": "service {name}",
    "ex.recon.services.restarted": "Appliance services were restarted at {time}.",
    "ex.recon.sync.failed": "Data synchronization with replication partner {partner} failed after {attempts} "
    "attempts.",
    "ex.recon.failed": "Reconciliation failed at {time}: {reason}",
    "ex.recon.reason.sync": "synchronization with {partner} did not finish",
    "ex.recon.completed": "Reconciliation completed in {elapsed} seconds.",
    "ex.restore.done": "Restore completed successfully.",
    "ex.restore.failed": "Restore failed.",
    "ex.restore.running": "Restore is in progress.",
    "ex.restore.part": "Restoring the {0} part of the backup.",
    "ex.restore.failed.reason": "The {0} part of the backup could not be restored.",
    "ex.services.unavailable": "The service list is not available while vapi-endpoint restarts.",
    "ex.services.unknown": "There is no service {0}.",
    "ex.topology.privilege": "The user is not allowed to read the replication status.",
    "ex.topology.unknown.node": "There is no node {0} in this vCenter topology.",
    "com.vmware.vdcs.cls-main.db_unreachable": "Database is unreachable.",
}

_DE = {
    "com.vmware.vapi.endpoint.method.authentication.required": "Authentifizierung erforderlich.",
    "vapi.method.authentication.required": "Diese Methode erfordert eine Authentifizierung.",
    "com.vmware.vapi.rest.httpNotFound": "Nicht gefunden.",
    "com.vmware.vapi.rest.operationsForUrlNotFound": "Für die URL {0} wurden keine Operationen gefunden.",
    "com.vmware.vapi.rest.unsupported_media_type": "Nicht unterstützter Medientyp.",
    "vapi.protocol.server.rest.param.body_parse_error": "Fehler beim Lesen des Anfragetexts: '{errMsg}'",
    "vapi.protocol.server.rest.param.bodyfield.missing_field": "Im Anfragetext fehlt das Pflichtfeld '{msg}'.",
    "vapi.data.structure.field.invalid": "Ungültiges Feld '{fieldName}' in Struktur '{structName}'",
    "vapi.method.invoke.exception": "Fehler beim Aufruf der Methode {0}",
    "ex.rest.operation.not.found": "Für die URL {1} gibt es keine Operation {0}.",
    "ex.rest.body.too.large": "Der Anfragetext ist größer als {0} Bytes.",
    "ex.rest.body.framing": "Der Anfragetext kann nicht gelesen werden: {0}.",
    "ex.recon.description": "Abgleich",
    "ex.recon.no.job": "Es gibt keinen Abgleichsauftrag.",
    "ex.recon.busy": "Eine Sicherung oder Wiederherstellung läuft bereits.",
    "ex.recon.backup.running": "Der Sicherungsauftrag {0} läuft.",
    "ex.recon.running": "Ein Abgleichsauftrag läuft bereits (gestartet {start}).",
    "ex.recon.finished.exists": "Es gibt bereits einen beendeten Abgleichsauftrag; pro Wiederherstellung ist nur ein "
    "Abgleich erlaubt.",
    "ex.recon.restore.not.succeeded": "Der Abgleich ist erst nach einer erfolgreichen Wiederherstellung erlaubt.",
    "ex.recon.restore.state": "Der Wiederherstellungsauftrag hat den Status {0}.",
    "ex.recon.sso.required": "Auf diesem Knoten sind SSO-Administratoranmeldedaten erforderlich.",
    "ex.recon.sso.invalid": "Die SSO-Administratoranmeldedaten für {user} sind ungültig.",
    "ex.recon.started": "Abgleich gestartet am {start}.",
    "ex.recon.sso.validated": "SSO-Anmeldedaten von {0} geprüft.",
    "ex.recon.partner.reachable": "Replikationspartner {partner} ist erreichbar (Antwortzeit {latency} ms).",
    "ex.recon.partner.unreachable": "Replikationspartner {0} ist nicht erreichbar.",
    "ex.recon.warning.ignored": "Warnung wird wie gewünscht ignoriert: {warning} Änderungen an diesem Knoten nach "
    "der Sicherung gehen verloren.",
    "ex.recon.warning.partner": "Partner {partner} hat nicht geantwortet.",
    "ex.recon.validation.failed": "Die Prüfung meldete {count} Warnung(en) und ignore_warnings ist nicht gesetzt.",
    "ex.recon.sync": "{count} Objekte mit der SSO-Domäne {domain} synchronisiert.",
    "ex.recon.step": "Dienste werden gestartet ({done} von {total}).",
    "ex.recon.service.started": "{service} gestartet.",
    "ex.recon.service.name": "Dienst {name}",
    "ex.recon.services.restarted": "Die Appliance-Dienste wurden um {time} neu gestartet.",
    "ex.recon.sync.failed": "Die Datensynchronisierung mit Replikationspartner {partner} ist nach {attempts} "
    "Versuchen fehlgeschlagen.",
    "ex.recon.failed": "Abgleich fehlgeschlagen um {time}: {reason}",
    "ex.recon.reason.sync": "die Synchronisierung mit {partner} wurde nicht abgeschlossen",
    "ex.recon.completed": "Abgleich nach {elapsed} Sekunden abgeschlossen.",
    "ex.restore.done": "Wiederherstellung erfolgreich abgeschlossen.",
    "ex.restore.failed": "Wiederherstellung fehlgeschlagen.",
    "ex.restore.running": "Wiederherstellung läuft.",
    "ex.restore.part": "Der Teil {0} der Sicherung wird wiederhergestellt.",
    "ex.restore.failed.reason": "Der Teil {0} der Sicherung konnte nicht wiederhergestellt werden.",
    "ex.services.unavailable": "Die Dienstliste ist nicht verfügbar, während vapi-endpoint neu startet.",
    "ex.services.unknown": "Es gibt keinen Dienst {0}.",
    "ex.topology.privilege": "Der Benutzer darf den Replikationsstatus nicht lesen.",
    "ex.topology.unknown.node": "In dieser vCenter-Topologie gibt es keinen Knoten {0}.",
    "com.vmware.vdcs.cls-main.db_unreachable": "Die Datenbank ist nicht erreichbar.",
}

_JA = {
    "com.vmware.vapi.endpoint.method.authentication.required": "認証が必要です。",
    "vapi.method.authentication.required": "このメソッドには認証が必要です。",
    "com.vmware.vapi.rest.httpNotFound": "見つかりません。",
    "com.vmware.vapi.rest.operationsForUrlNotFound": "URL {0} の操作が見つかりません。",
    "com.vmware.vapi.rest.unsupported_media_type": "サポートされていないメディア タイプです。",
    "vapi.protocol.server.rest.param.body_parse_error": "リクエスト本文の解析中にエラーが発生しました: '{errMsg}'",
    "vapi.protocol.server.rest.param.bodyfield.missing_field": "リクエスト本文に必須フィールド '{msg}' がありません。",
    "vapi.data.structure.field.invalid": "構造 '{structName}' のフィールド '{fieldName}' が無効です",
    "vapi.method.invoke.exception": "メソッド {0} の呼び出しでエラーが発生しました",
    "ex.rest.operation.not.found": "URL {1} には操作 {0} がありません。",
    "ex.rest.body.too.large": "リクエスト本文が {0} バイトを超えています。",
    "ex.rest.body.framing": "リクエスト本文を読み取れません: {0}。",
    "ex.recon.description": "調整",
    "ex.recon.no.job": "調整ジョブはありません。",
    "ex.recon.busy": "バックアップまたはリストアがすでに実行中です。",
    "ex.recon.backup.running": "バックアップ ジョブ {0} が実行中です。",
    "ex.recon.running": "調整ジョブはすでに実行中です ({start} に開始)。",
    "ex.recon.finished.exists": "終了した調整ジョブがあります。リストアごとに 1 回だけ調整できます。",
    "ex.recon.restore.not.succeeded": "調整はリストアが正常に完了した後にのみ実行できます。",
    "ex.recon.restore.state": "リストア ジョブの状態は {0} です。",
    "ex.recon.sso.required": "このノードでは SSO 管理者の認証情報が必要です。",
    "ex.recon.sso.invalid": "{user} の SSO 管理者の認証情報が無効です。",
    "ex.recon.started": "調整を {start} に開始しました。",
    "ex.recon.sso.validated": "{0} の SSO 認証情報を確認しました。",
    "ex.recon.partner.reachable": "レプリケーション パートナー {partner} に到達できます (往復 {latency} ms)。",
    "ex.recon.partner.unreachable": "レプリケーション パートナー {0} に到達できません。",
    "ex.recon.warning.ignored": "要求に従い警告を無視します: {warning} "
    "バックアップ後にこのノードで行った変更は失われます。",
    "ex.recon.warning.partner": "パートナー {partner} が応答しませんでした。",
    "ex.recon.validation.failed": "検証で {count} 件の警告があり、ignore_warnings が設定されていません。",
    "ex.recon.sync": "SSO ドメイン {domain} と {count} 個のオブジェクトを同期しました。",
    "ex.recon.step": "サービスを開始しています ({total} 個中 {done} 個)。",
    "ex.recon.service.started": "{service} を開始しました。",
    "ex.recon.service.name": "サービス {name}",
    "ex.recon.services.restarted": "アプライアンス サービスが {time} に再起動されました。",
    "ex.recon.sync.failed": "レプリケーション パートナー {partner} とのデータ同期が "
    "{attempts} 回の試行後に失敗しました。",
    "ex.recon.failed": "調整が {time} に失敗しました: {reason}",
    "ex.recon.reason.sync": "{partner} との同期が完了しませんでした",
    "ex.recon.completed": "調整が {elapsed} 秒で完了しました。",
    "ex.restore.done": "リストアが正常に完了しました。",
    "ex.restore.failed": "リストアに失敗しました。",
    "ex.restore.running": "リストアを実行中です。",
    "ex.restore.part": "バックアップの {0} パートをリストアしています。",
    "ex.restore.failed.reason": "バックアップの {0} パートをリストアできませんでした。",
    "ex.services.unavailable": "vapi-endpoint の再起動中はサービス一覧を利用できません。",
    "ex.services.unknown": "サービス {0} はありません。",
    "ex.topology.privilege": "ユーザーにはレプリケーション ステータスを読み取る権限がありません。",
    "ex.topology.unknown.node": "この vCenter トポロジにノード {0} はありません。",
    "com.vmware.vdcs.cls-main.db_unreachable": "データベースに到達できません。",
}

CATALOGS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"en": MappingProxyType(_EN), "de": MappingProxyType(_DE), "ja": MappingProxyType(_JA)}
)

_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
    "ja": tuple(f"{m}月" for m in range(1, 13)),
}
_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "ja": ("月", "火", "水", "木", "金", "土", "日"),
}
# English follows the Go runtime's layouts (docs/protocol.md §4.4); %b/%a are filled from the tables above
# so the output never depends on the process locale.
_DATE_PATTERNS = {
    "en": {
        "SHORT_DATE": "%Y-%m-%d", "MED_DATE": "%Y %b %d", "LONG_DATE": "%Y %b %d", "FULL_DATE": "%Y %b %d, %a",
        "SHORT_TIME": "%H:%M", "MED_TIME": "%H:%M:%S", "LONG_TIME": "%H:%M:%S UTC", "FULL_TIME": "%H:%M:%S UTC",
        "SHORT_DATE_TIME": "%Y-%m-%d %H:%M", "MED_DATE_TIME": "%Y %b %d %H:%M:%S",
        "LONG_DATE_TIME": "%Y %b %d %H:%M:%S UTC", "FULL_DATE_TIME": "%Y %b %d, %a %H:%M:%S UTC",
    },
    "de": {
        "SHORT_DATE": "%d.%m.%Y", "MED_DATE": "%d. %b %Y", "LONG_DATE": "%d. %b %Y", "FULL_DATE": "%a, %d. %b %Y",
        "SHORT_TIME": "%H:%M", "MED_TIME": "%H:%M:%S", "LONG_TIME": "%H:%M:%S UTC", "FULL_TIME": "%H:%M:%S UTC",
        "SHORT_DATE_TIME": "%d.%m.%Y %H:%M", "MED_DATE_TIME": "%d. %b %Y %H:%M:%S",
        "LONG_DATE_TIME": "%d. %b %Y %H:%M:%S UTC", "FULL_DATE_TIME": "%a, %d. %b %Y %H:%M:%S UTC",
    },
    "ja": {
        "SHORT_DATE": "%Y/%m/%d", "MED_DATE": "%Y年%m月%d日", "LONG_DATE": "%Y年%m月%d日",
        "FULL_DATE": "%Y年%m月%d日(%a)",
        "SHORT_TIME": "%H:%M", "MED_TIME": "%H:%M:%S", "LONG_TIME": "%H:%M:%S UTC", "FULL_TIME": "%H:%M:%S UTC",
        "SHORT_DATE_TIME": "%Y/%m/%d %H:%M", "MED_DATE_TIME": "%Y年%m月%d日 %H:%M:%S",
        "LONG_DATE_TIME": "%Y年%m月%d日 %H:%M:%S UTC", "FULL_DATE_TIME": "%Y年%m月%d日(%a) %H:%M:%S UTC",
    },
}
_SEPARATORS = {"en": (",", "."), "de": (".", ","), "ja": (",", ".")}  # (grouping, decimal point)


def format_datetime(value: datetime, fmt: str | None, lang: str) -> str:
    """Format a datetime parameter in UTC with the locale's pattern for ``fmt``."""
    utc = value.astimezone(timezone.utc)
    pattern = _DATE_PATTERNS[lang][fmt or "SHORT_DATE_TIME"]
    pattern = pattern.replace("%b", _MONTHS[lang][utc.month - 1]).replace("%a", _WEEKDAYS[lang][utc.weekday()])
    return utc.strftime(pattern)


def _group(digits: str, sep: str) -> str:
    head, rest = digits[: len(digits) % 3 or 3], digits[len(digits) % 3 or 3 :]
    return head + "".join(sep + rest[i : i + 3] for i in range(0, len(rest), 3))


def format_number(value: int | float, lang: str, precision: int | None = None) -> str:
    """Format ``i`` (grouped) or ``d`` (fixed ``precision`` digits, default 2) for ``lang``."""
    grouping, point = _SEPARATORS[lang]
    if isinstance(value, int) and precision is None:
        sign = "-" if value < 0 else ""
        return sign + _group(str(abs(value)), grouping)
    text = f"{abs(float(value)):.{2 if precision is None else precision}f}"
    whole, _, frac = text.partition(".")
    sign = "-" if float(value) < 0 else ""
    return sign + _group(whole, grouping) + (point + frac if frac else "")


def format_param(param: Param, lang: str) -> str:
    """Render one LocalizationParam as text in ``lang`` (docs/protocol.md §4.4 ``fmt``)."""
    if param.kind == "s":
        return str(param.value)
    if param.kind == "i":
        assert isinstance(param.value, int)
        return format_number(param.value, lang)
    if param.kind == "d":
        assert isinstance(param.value, (int, float))
        return format_number(float(param.value), lang, param.precision if param.precision is not None else 2)
    if param.kind == "dt":
        assert isinstance(param.value, datetime)
        return format_datetime(param.value, param.format, lang)
    assert isinstance(param.value, Nested)
    return fill_named(template(param.value.id, lang), param.value.params, lang)


def template(msg_id: str, lang: str) -> str:
    """The template for ``msg_id`` in ``lang``, falling back to English, then to the id itself."""
    return CATALOGS.get(lang, {}).get(msg_id) or CATALOGS["en"].get(msg_id) or msg_id


def fill_named(tpl: str, params: Mapping[str, Param], lang: str) -> str:
    """Replace each ``{name}`` with the formatted parameter; unknown names stay as they are."""
    for name, param in params.items():
        tpl = tpl.replace("{" + name + "}", format_param(param, lang))
    return tpl


def fill_positional(tpl: str, args: tuple[str, ...]) -> str:
    """Replace ``{0}``, ``{1}`` ... with the positional args."""
    for index, arg in enumerate(args):
        tpl = tpl.replace("{" + str(index) + "}", arg)
    return tpl


def render(message: Message, lang: str = "en") -> str:
    """The fully substituted text of ``message`` in ``lang``."""
    tpl = template(message.id, lang)
    if message.params:
        return fill_named(tpl, message.params, lang)
    return fill_positional(tpl, message.args)


def negotiate(accept_language: str | None) -> str | None:
    """Pick the catalog language for an ``Accept-Language`` header (RFC 7231 q-values).

    Returns the best catalog language, ``"en"`` included, or ``None`` when the header is absent
    or names nothing we have. ``*`` and ``q=0`` entries never select a catalog.
    """
    if not accept_language:
        return None
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept_language.split(",")):
        tag, *attrs = (part.strip() for part in item.split(";"))
        quality = 1.0
        for attr in attrs:
            key, _, value = attr.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and quality > 0:
            ranked.append((-quality, position, tag.lower()))
    for _, _, tag in sorted(ranked):
        primary = tag.split("-")[0]
        if primary in CATALOGS:
            return primary
    return None
