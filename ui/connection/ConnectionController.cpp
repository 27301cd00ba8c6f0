#include "connection/ConnectionController.h"

#include "connection/ConnectionDialog.h"
#include "secrets/SecretStore.h"
#include "store/DatabaseSession.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace pm::ui
{

namespace
{
const QString ProfileGroup = u"connection"_s;
}

ConnectionController::ConnectionController(pm::store::DatabaseSession* session, pm::secrets::SecretStore* secrets,
                                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
{
    connect(m_secrets, &pm::secrets::SecretStore::keychainUnavailable, this, &ConnectionController::notice);
}

ConnectionDialog* ConnectionController::dialog() const
{
    return m_dialog;
}

bool ConnectionController::hasSavedProfile()
{
    QSettings settings;
    return settings.contains(ProfileGroup + u"/host"_s);
}

pm::store::ConnectionSettings ConnectionController::savedProfile()
{
    QSettings settings;
    settings.beginGroup(ProfileGroup);
    QMap<QString, QString> map;
    for (const QString& key : settings.childKeys()) {
        map.insert(key, settings.value(key).toString());
    }
    return pm::store::ConnectionSettings::fromSettingsMap(map);
}

void ConnectionController::startFromSavedProfile(QWidget* dialogParent)
{
    if (!hasSavedProfile()) {
        showDialog(dialogParent);
        return;
    }
    connectWithPassword(savedProfile());
}

void ConnectionController::connectWithPassword(pm::store::ConnectionSettings settings)
{
    m_secrets->read(settings.secretKey(), this,
                    [this, settings](const pm::secrets::SecretStore::Result& result) mutable {
                        using Status = pm::secrets::SecretStore::Status;
                        if (result.status == Status::Ok || result.status == Status::SessionOnly) {
                            settings.password = result.secret;
                        } else if (result.status == Status::Error) {
                            Q_EMIT notice(tr("The keychain did not give the saved password: %1").arg(result.message));
                        }
                        // Without a stored password libpq may still authenticate (peer, .pgpass, certificates);
                        // if the server wants one, the status bar says so and File > Connect asks for it.
                        m_session->open(settings);
                    });
}

void ConnectionController::startWith(const pm::store::ConnectionSettings& settings)
{
    m_session->open(settings);
}

void ConnectionController::showDialog(QWidget* parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ConnectionDialog(parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    pm::store::ConnectionSettings current = hasSavedProfile() ? savedProfile() : m_session->settings();
    current.password.clear(); // never prefill a password the user cannot see
    if (current.database.isEmpty()) {
        current.database = u"penguinmails"_s;
    }
    m_dialog->setSettings(current, true);
    connect(m_dialog, &QDialog::accepted, this, &ConnectionController::applyDialog);
    m_dialog->open();
}

void ConnectionController::applyDialog()
{
    if (!m_dialog) {
        return;
    }
    const pm::store::ConnectionSettings settings = m_dialog->settings();
    const bool remember = m_dialog->rememberPassword();

    QSettings store;
    store.remove(ProfileGroup);
    store.beginGroup(ProfileGroup);
    const auto map = settings.toSettingsMap(); // names only: no password key exists in it
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        store.setValue(it.key(), it.value());
    }
    store.endGroup();
    store.sync();

    auto done = [this](const pm::secrets::SecretStore::Result& result) {
        if (result.status == pm::secrets::SecretStore::Status::Error) {
            Q_EMIT notice(tr("The password could not be saved in the keychain: %1").arg(result.message));
        }
    };
    if (remember && !settings.password.isEmpty()) {
        m_secrets->write(settings.secretKey(), settings.password, this, done);
    } else {
        m_secrets->remove(settings.secretKey(), this, done);
    }
    m_session->open(settings);
}

void ConnectionController::adoptNewPassword(const QString& password)
{
    pm::store::ConnectionSettings settings = m_session->settings();
    settings.password = password;
    // Only a password this profile already keeps is replaced (the demo's is never stored).
    if (hasSavedProfile() && savedProfile().secretKey() == settings.secretKey()) {
        m_secrets->read(settings.secretKey(), this, [this, settings](const pm::secrets::SecretStore::Result& stored) {
            if (stored.status != pm::secrets::SecretStore::Status::Ok) {
                return;
            }
            m_secrets->write(settings.secretKey(), settings.password, this,
                             [this](const pm::secrets::SecretStore::Result& result) {
                                 if (result.status == pm::secrets::SecretStore::Status::Error) {
                                     Q_EMIT notice(tr("The new password could not be saved in the "
                                                      "keychain: %1")
                                                       .arg(result.message));
                                 }
                             });
        });
    }
    m_session->open(settings);
}

} // namespace pm::ui
