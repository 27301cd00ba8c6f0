#include "mainwindow/AboutDialog.h"

#include "store/MigrationRunner.h"

#include "config.h"
#include "version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSslSocket>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pm::ui
{

AboutDialog::AboutDialog(const pm::store::ServerInfo& server, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About PenguinMails Console"));

    const QString unknown = tr("not connected");
    QStringList lines;
    lines << tr("PenguinMails Console %1 (%2, %3)")
                 .arg(QStringLiteral(PM_VERSION_STRING), QStringLiteral(PM_BUILD_TYPE), QStringLiteral(PM_DIST_TYPE))
          << tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
          << tr("TLS backend: %1 (%2)").arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString())
          << tr("PostgreSQL server: %1").arg(server.serverVersion.isEmpty() ? unknown : server.serverVersion)
          << tr("Database schema: %1 (this build knows %2)")
                 .arg(server.serverVersion.isEmpty() ? unknown : QString::number(server.schemaVersion))
                 .arg(pm::store::MigrationRunner::latestKnownVersion())
          << tr("Operating system: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
          << tr("Compiler: %1").arg(QStringLiteral(PM_COMPILER));
    m_versions = lines.join(u'\n');

    auto* icon = new QLabel(this);
    icon->setPixmap(QPixmap(u":/icons/penguinmails-console-64.png"_s));
    auto* title = new QLabel(
        u"<h2>%1</h2><p>%2</p>"_s.arg(tr("PenguinMails Console"),
                                      tr("Revenue risk, deliverability incidents and reputation for the PenguinMails "
                                         "sending platform.")),
        this);
    title->setWordWrap(true);
    auto* versions = new QLabel(m_versions, this);
    versions->setObjectName(u"aboutVersions"_s);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_versions); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    layout->addLayout(header);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

} // namespace pm::ui
