"""The credential form (reconui/ui/credential_form.py): keyring on the GUI thread, Remember, labels, tab order."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from reconui.core.secrets import SERVICE, key_for
from reconui.ui.settings import Settings
from reconui.ui.trust_dialog import TrustChoice

SECRET_VC = "Vc#Pw&:*'\"ü-1"
SECRET_SSO = "Sso#Pw&:*'\"ü-2"


def test_remembered_passwords_go_to_the_keyring_only(harness_factory, simulator_factory, memory_keyring):
    sim = simulator_factory(scenario="ok", password=SECRET_VC, sso_password=SECRET_SSO, user="root@localos",
                            sso_user="administrator@vsphere.local")
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    form = h.window.credential_form
    assert form.vc_remember.isEnabled()
    assert form.vc_remember.text().startswith("Remember in ") and "InMemoryKeyring" in form.vc_remember.text()
    h.fill(sim)
    form.vc_remember.setChecked(True)
    form.sso_remember.setChecked(True)
    form.ignore_warnings.setChecked(True)
    h.connect()
    h.window.preflight_panel.start_button.click()
    assert h.dialogs.confirmations[0].ignore_warnings is True
    h.wait_job("succeeded", timeout=15000)
    h.wait_idle()

    assert memory_keyring.items[(SERVICE, key_for(sim.host, "root@localos"))] == SECRET_VC
    assert memory_keyring.items[(SERVICE, key_for(sim.host, "administrator@vsphere.local"))] == SECRET_SSO
    h.window.close()
    ini = h.settings.path.read_text(encoding="utf-8")
    assert SECRET_VC not in ini and SECRET_SSO not in ini
    assert "ignore" not in ini.lower()  # the ELM-risky choice is made afresh every run
    assert sim.host in ini
    # Reports and logs carry no password either.
    for path in (h.settings.path.parent.parent).rglob("*"):
        if path.is_file() and path.suffix in {".json", ".html", ".log", ".ini"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert SECRET_VC not in text and SECRET_SSO not in text, path

    # A new window for the same host fills the passwords from the keyring.
    h2 = harness_factory()
    assert h2.window.connection_form.host_text() == sim.host
    assert h2.window.credential_form.vc_user.text() == "root@localos"
    assert h2.window.credential_form.vc_password.edit.text() == SECRET_VC
    assert h2.window.credential_form.sso_password.edit.text() == SECRET_SSO
    assert h2.window.credential_form.vc_remember.isChecked()
    assert not h2.window.credential_form.ignore_warnings.isChecked()


def test_unchecking_remember_deletes_the_password(harness_factory, simulator_factory, memory_keyring):
    sim = simulator_factory(scenario="ok")
    memory_keyring.items[(SERVICE, key_for(sim.host, sim.config.user))] = sim.config.password
    Settings().mark_keyring_entry(sim.config.user, sim.host, True)
    Settings().remember_host(sim.host)
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    assert h.window.credential_form.vc_password.edit.text() == sim.config.password
    h.fill(sim)
    h.window.credential_form.vc_remember.setChecked(False)
    h.connect()
    assert (SERVICE, key_for(sim.host, sim.config.user)) not in memory_keyring.items
    assert not h.settings.keyring_entry_saved(sim.config.user, sim.host)


def test_without_a_keyring_remember_is_disabled_and_explained(harness_factory, simulator_factory, fail_keyring):
    sim = simulator_factory(scenario="ok")
    h = harness_factory(trust_choice=TrustChoice.ONCE)
    form = h.window.credential_form
    assert not form.vc_remember.isEnabled()
    assert not form.sso_remember.isEnabled()
    assert form.keyring_note.isVisible()
    assert "cannot be remembered" in form.keyring_note.text()
    assert "memory for this session" in form.keyring_note.text()
    h.fill(sim)
    h.connect()  # everything else still works


def test_password_fields_are_masked_with_a_show_toggle(harness_factory):
    h = harness_factory()
    field = h.window.credential_form.vc_password
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    field.show_toggle.click()
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    field.show_toggle.click()
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password


def test_ignore_warnings_explains_the_elm_consequence(harness_factory):
    h = harness_factory()
    box = h.window.credential_form.ignore_warnings
    assert "changes made after the backup are lost" in box.toolTip()
    assert "Enhanced Linked Mode" in box.toolTip()
    assert h.window.credential_form.ignore_warnings_note.isVisible()


def test_every_input_has_an_accessible_name_and_a_label(harness_factory):
    h = harness_factory()
    w = h.window
    inputs = [*w.connection_form.findChildren(QLineEdit), *w.connection_form.findChildren(QComboBox),
              *w.connection_form.findChildren(QSpinBox), *w.credential_form.findChildren(QLineEdit),
              *w.credential_form.findChildren(QCheckBox), *w.credential_form.findChildren(QAbstractButton)]
    for widget in inputs:
        if widget.parent() is not None and isinstance(widget.parent(), QComboBox | QSpinBox):
            continue  # the combo's or spin box's own line edit
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        assert name, f"{widget.objectName() or type(widget).__name__} has no accessible name"
    # Every form field has a label buddy with a mnemonic.
    buddies = {label.buddy() for label in w.findChildren(QLabel) if label.buddy() is not None}
    for field in (w.connection_form.host, w.connection_form.port, w.connection_form.flavor,
                  w.connection_form.proxy_mode, w.connection_form.proxy_url, w.connection_form.ca_file,
                  w.credential_form.vc_user, w.credential_form.vc_password.edit, w.credential_form.sso_user,
                  w.credential_form.sso_password.edit):
        assert field in buddies, field.accessibleName()


def test_keyboard_tab_order_follows_the_steps(harness_factory, qtbot):
    h = harness_factory()
    w = h.window
    order = []
    widget = w.connection_form.host
    for _ in range(40):
        order.append(widget)
        widget = widget.nextInFocusChain()
    def pos(x):  # type: ignore[no-untyped-def]
        return next(i for i, o in enumerate(order) if o is x or o.focusProxy() is x)
    assert pos(w.connection_form.port) < pos(w.credential_form.vc_user) < pos(w.credential_form.sso_password.edit)
    assert pos(w.credential_form.sso_password.edit) < pos(w.credential_form.ignore_warnings) < pos(w.connect_button)


def test_window_fits_1024x700(harness_factory):
    h = harness_factory()
    hint = h.window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    h.window.resize(1024, 700)
    assert h.window.width() == 1024 and h.window.height() == 700


def test_remember_checkbox_names_the_backend(harness_factory, memory_keyring):
    form = harness_factory().window.credential_form
    assert isinstance(form.vc_remember, QCheckBox)
    assert form.vc_remember.text() == f"Remember in {memory_keyring.name}"
    assert form.vc_remember.isEnabled() and not form.keyring_note.isVisible()
