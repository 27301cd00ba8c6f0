#pragma once

#include "store/ConnectionSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pm::ui
{

/**
 * The signed-in operator sets a new database password. The password never leaves this process:
 * its SCRAM verifier does, bound to a one-time code, and takes effect only when the code is
 * confirmed (password-reset confirmation, one of the gated actions).
 */
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(const pm::store::ConnectionSettings& settings, QWidget* parent = nullptr);

    static constexpr int MinimumLength = 12;

Q_SIGNALS:
    /// The database now holds the new password (for the keychain and the next connections).
    void passwordChanged(const QString& password);

private:
    void submit();

    pm::store::ConnectionSettings m_settings;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace pm::ui
