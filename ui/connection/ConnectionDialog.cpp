#include "connection/ConnectionDialog.h"

#include "store/DatabaseConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pm::ui
{

namespace
{
struct TestResult
{
    bool ok = false;
    QString message;
};

// Runs on a pool thread: the connection is created, used and destroyed there.
TestResult probe(pm::store::ConnectionSettings settings)
{
    pm::store::DatabaseConnection connection(settings, u"connection-test"_s);
    QString error;
    if (!connection.open(&error)) {
        return {false, error};
    }
    return {true, QString()};
}
} // namespace

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_rootCert(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connect to database"));
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_sslMode->setObjectName(u"sslMode"_s);
    m_rootCert->setObjectName(u"rootCert"_s);
    m_remember->setObjectName(u"rememberPassword"_s);
    m_test->setObjectName(u"testConnection"_s);
    m_result->setObjectName(u"testResult"_s);

    m_port->setRange(1, 65535);
    m_port->setValue(pm::store::ConnectionSettings::DefaultPort);
    m_password->setEchoMode(QLineEdit::Password);
    m_host->setPlaceholderText(tr("db.example.com or 127.0.0.1"));
    m_rootCert->setPlaceholderText(tr("CA certificate (PEM) that signed the server's certificate"));
    m_sslMode->addItem(tr("Default (prefer TLS, no verification)"), QString());
    m_sslMode->addItem(tr("disable — no TLS"), u"disable"_s);
    m_sslMode->addItem(tr("require — TLS, certificate not verified"), u"require"_s);
    m_sslMode->addItem(tr("verify-ca — TLS, certificate chain verified"), u"verify-ca"_s);
    m_sslMode->addItem(tr("verify-full — TLS, chain and host name verified (recommended for remote servers)"),
                       u"verify-full"_s);
    m_result->setWordWrap(true);
    m_remember->setChecked(true);

    auto* certRow = new QHBoxLayout;
    certRow->addWidget(m_rootCert, 1);
    certRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&TLS:"), m_sslMode);
    form->addRow(tr("CA certificate:"), certRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_host, &QLineEdit::editingFinished, this, &ConnectionDialog::onHostEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateCertificateRow);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty()) {
            m_rootCert->setText(path);
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updateCertificateRow();
    resize(560, sizeHint().height());
}

void ConnectionDialog::setSettings(const pm::store::ConnectionSettings& s, bool rememberPassword)
{
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_password->setText(s.password);
    const int index = m_sslMode->findData(s.sslMode);
    m_sslMode->setCurrentIndex(index >= 0 ? index : 0);
    m_rootCert->setText(s.sslRootCert);
    m_remember->setChecked(rememberPassword);
    updateCertificateRow();
}

pm::store::ConnectionSettings ConnectionDialog::settings() const
{
    pm::store::ConnectionSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.sslMode = m_sslMode->currentData().toString();
    s.sslRootCert = m_rootCert->text().trimmed();
    s.applicationName = u"penguinmails-console"_s;
    return s;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

QString ConnectionDialog::validationError() const
{
    const pm::store::ConnectionSettings s = settings();
    if (s.host.isEmpty()) {
        return tr("Enter the database server's host name or address.");
    }
    if (s.host.contains(u' ')) {
        return tr("A host name cannot contain spaces.");
    }
    if (s.database.isEmpty()) {
        return tr("Enter the name of the database.");
    }
    if (s.user.isEmpty()) {
        return tr("Enter your database user name.");
    }
    return {};
}

void ConnectionDialog::onHostEdited()
{
    // A remote server gets verified TLS unless the user chose otherwise on purpose.
    pm::store::ConnectionSettings s = settings();
    if (!s.host.isEmpty() && !s.isLocal() && s.sslMode.isEmpty()) {
        m_sslMode->setCurrentIndex(m_sslMode->findData(u"verify-full"_s));
    }
}

void ConnectionDialog::updateCertificateRow()
{
    const QString mode = m_sslMode->currentData().toString();
    const bool verifies = mode == u"verify-ca"_s || mode == u"verify-full"_s;
    m_rootCert->setEnabled(verifies);
    m_browse->setEnabled(verifies);
}

void ConnectionDialog::accept()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    QDialog::accept();
}

void ConnectionDialog::testConnection()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    const int generation = ++m_testGeneration;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    auto* watcher = new QFutureWatcher<TestResult>(this);
    connect(watcher, &QFutureWatcher<TestResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_testGeneration) {
            return; // a newer test replaced this one
        }
        m_test->setEnabled(true);
        const TestResult result = watcher->result();
        showResult(result.ok, result.ok ? tr("Connection succeeded.") : result.message);
    });
    watcher->setFuture(QtConcurrent::run(probe, settings()));
}

void ConnectionDialog::showResult(bool ok, const QString& message)
{
    m_result->setText(message);
    m_result->setStyleSheet(ok ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
    Q_EMIT testFinished(ok, message);
}

} // namespace pm::ui
