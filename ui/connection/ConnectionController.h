#pragma once

#include "store/ConnectionSettings.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace pm::secrets
{
class SecretStore;
}
namespace pm::store
{
class DatabaseSession;
}

namespace pm::ui
{

class ConnectionDialog;

/**
 * Decides which database the console talks to and where its password comes from: the saved profile
 * (names in QSettings, the password in the keychain), a URI given on the command line, or the
 * connection dialog. Secrets never reach QSettings or the log.
 */
class ConnectionController final : public QObject
{
    Q_OBJECT

public:
    ConnectionController(pm::store::DatabaseSession* session, pm::secrets::SecretStore* secrets,
                         QObject* parent = nullptr);

    /// Connects with the saved profile, or opens the dialog when there is none.
    void startFromSavedProfile(QWidget* dialogParent);
    /// Connects with settings from --db / PM_DATABASE_URL; nothing is saved.
    void startWith(const pm::store::ConnectionSettings& settings);
    /// Opens the connection dialog (non-modal open(); the session changes when it is accepted).
    void showDialog(QWidget* parent);
    /// The operator changed their password: the keychain entry (if this profile keeps one) and
    /// the session's next connections take the new one.
    void adoptNewPassword(const QString& password);

    ConnectionDialog* dialog() const;
    static bool hasSavedProfile();
    static pm::store::ConnectionSettings savedProfile();

Q_SIGNALS:
    /// A one-line notice for the status bar (keychain unavailable, password not stored …).
    void notice(const QString& message);

private:
    void applyDialog();
    void connectWithPassword(pm::store::ConnectionSettings settings);

    pm::store::DatabaseSession* m_session;
    pm::secrets::SecretStore* m_secrets;
    QPointer<ConnectionDialog> m_dialog;
};

} // namespace pm::ui
