#pragma once

#include "store/ConnectionSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pm::ui
{

/**
 * Where the console's database is: host, port, database, user, password and TLS mode. For a remote
 * host it proposes verify-full. "Test connection" runs on a pool thread, never the GUI thread.
 */
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    void setSettings(const pm::store::ConnectionSettings& settings, bool rememberPassword);
    pm::store::ConnectionSettings settings() const;
    bool rememberPassword() const;

    /// Empty when the form can be used; otherwise what to fix, for people.
    QString validationError() const;

public Q_SLOTS:
    void accept() override;
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok, const QString& message);

private:
    void onHostEdited();
    void updateCertificateRow();
    void showResult(bool ok, const QString& message);

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QLineEdit* m_rootCert;
    QPushButton* m_browse;
    QCheckBox* m_remember;
    QPushButton* m_test;
    QLabel* m_result;
    int m_testGeneration = 0;
};

} // namespace pm::ui
