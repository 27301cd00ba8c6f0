#include "mainwindow/MainWindow.h"

#include "common/EmptyStatePage.h"
#include "jobs/QueueHealthPage.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/ConnectionStatusWidget.h"
#include "mainwindow/TrayNotifier.h"
#include "notifications/NotificationsPage.h"
#include "outbox/DemoOutboxDialog.h"
#include "settings/ProviderAccountsPage.h"
#include "store/DatabaseSession.h"
#include "store/MigrationRunner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace pm::ui
{

MainWindow::MainWindow(pm::store::DatabaseSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new ConnectionStatusWidget(this))
    , m_serverLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("PenguinMails Console"));
    m_nav->setObjectName(u"navigation"_s);
    m_stack->setObjectName(u"pages"_s);
    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_messageLabel->setObjectName(u"statusMessage"_s);

    buildPages();
    buildMenus();

    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMaximumWidth(220);
    m_nav->setMinimumWidth(170);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_status);

    if (m_session) {
        connect(m_session, &pm::store::DatabaseSession::stateChanged, this, &MainWindow::onStateChanged);
        connect(m_session, &pm::store::DatabaseSession::serverInfoChanged, this, &MainWindow::onServerInfo);
        if (m_session->isOpen()) {
            onStateChanged(m_session->state(), m_session->detail());
        }
    }
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    const QStyle* s = style();
    struct Spec
    {
        QIcon icon;
        QString title;
        QString explanation;
    };
    const Spec specs[PageCount] = {
        {s->standardIcon(QStyle::SP_ComputerIcon), tr("Overview"),
         tr("Deliverability, bounce and complaint rates, volume and cost per 1,000 emails against the "
            "targets of each volume phase, with trends and revenue at risk by tenant, appear here once "
            "sending data has been ingested.")},
        {s->standardIcon(QStyle::SP_MessageBoxWarning), tr("Incidents"),
         tr("Detected deliverability incidents (bounce and complaint spikes, blocks, blocklistings) wait "
            "here for triage, with their playbooks and time to acknowledge and resolve.")},
        {s->standardIcon(QStyle::SP_DriveNetIcon), tr("Reputation"),
         tr("The weekly reputation tier of every IP and pool (Healthy, Watch, At Risk, Critical) with its "
            "reasons, beside the latest official snapshots from Gmail Postmaster Tools, Microsoft SNDS and "
            "blocklists.")},
        {s->standardIcon(QStyle::SP_MessageBoxInformation), tr("Notifications"), {}},
        {s->standardIcon(QStyle::SP_BrowserReload), tr("Background jobs"), {}},
        {s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Audit log"),
         tr("Every sensitive request, one-time-code verification and executive action is recorded here, "
            "hash-chained so tampering shows.")},
        {s->standardIcon(QStyle::SP_FileDialogInfoView), tr("Settings"), {}},
    };
    for (const Spec& spec : specs) {
        auto* item = new QListWidgetItem(spec.icon, spec.title, m_nav);
        item->setSizeHint(QSize(0, 36));
        QWidget* page = nullptr;
        if (m_stack->count() == static_cast<int>(Page::Notifications)) {
            m_notifications = new NotificationsPage(m_stack);
            page = m_notifications;
        } else if (m_stack->count() == static_cast<int>(Page::Jobs)) {
            m_queueHealth = new QueueHealthPage(m_stack);
            page = m_queueHealth;
        } else if (m_stack->count() == static_cast<int>(Page::Settings)) {
            m_providerAccounts = new ProviderAccountsPage(m_stack);
            page = m_providerAccounts;
        } else {
            page = new EmptyStatePage(spec.icon, spec.title, spec.explanation, m_stack);
        }
        page->setObjectName(u"page%1"_s.arg(m_stack->count()));
        m_stack->addWidget(page);
    }
    connect(m_notifications, &NotificationsPage::openSubject, this, &MainWindow::openSubject);
    connect(m_notifications, &NotificationsPage::unreadChanged, this, &MainWindow::setUnread);
    connect(m_notifications, &NotificationsPage::message, this, &MainWindow::showStatusMessage);
    connect(m_queueHealth, &QueueHealthPage::message, this, &MainWindow::showStatusMessage);
    connect(m_providerAccounts, &ProviderAccountsPage::message, this, &MainWindow::showStatusMessage);
    m_tray = new TrayNotifier(windowIcon(), this);
    connect(m_notifications, &NotificationsPage::feedUpdated, m_tray, &TrayNotifier::onFeed);
    connect(m_tray, &TrayNotifier::announced, this, &MainWindow::showStatusMessage);
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        showPage(Page::Notifications);
        raise();
        activateWindow();
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect to database…"));
    connectAction->setObjectName(u"actionConnect"_s);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* action = view->addAction(m_nav->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About PenguinMails Console"));
    about->setObjectName(u"actionAbout"_s);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

QString MainWindow::pageTitle(Page page) const
{
    return m_nav->item(static_cast<int>(page))->text();
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_stack->widget(static_cast<int>(page));
}

void MainWindow::showStatusMessage(const QString& message)
{
    m_messageLabel->setText(message);
}

void MainWindow::onStateChanged(pm::store::ConnectionState state, const QString& detail)
{
    m_status->setState(state, detail);
    // Pages stay readable only against a schema this build understands.
    const bool usable = state != pm::store::ConnectionState::Incompatible;
    m_nav->setEnabled(usable);
    m_stack->setEnabled(usable);
    if (state == pm::store::ConnectionState::Connected) {
        m_messageLabel->clear();
        // The pages read on their own threads with their own connections to the same database.
        const QString target = m_session->settings().toUri(false);
        if (target != m_readersFor) {
            m_readersFor = target;
            m_notifications->setConnection(m_session->settings());
            m_queueHealth->setConnection(m_session->settings());
            m_providerAccounts->setConnection(m_session->settings());
        }
    } else if (state == pm::store::ConnectionState::Incompatible || state == pm::store::ConnectionState::Offline) {
        m_messageLabel->setText(detail);
    }
}

void MainWindow::onServerInfo(const pm::store::ServerInfo& info)
{
    QString text = info.displayName;
    if (info.instanceKind == u"demo"_s) {
        text = tr("DEMO DATA — %1").arg(text);
    }
    m_serverLabel->setText(text);
    const int known = pm::store::MigrationRunner::latestKnownVersion();
    if (info.schemaVersion > known) {
        Q_EMIT schemaTooNew(tr("The database schema is at version %1, newer than this console knows (%2). "
                               "Install a newer PenguinMails Console.")
                                .arg(info.schemaVersion)
                                .arg(known));
    }
}

void MainWindow::setSecretStore(pm::secrets::SecretStore* secrets)
{
    m_providerAccounts->setSecretStore(secrets);
}

void MainWindow::setDemoOutbox(std::function<QList<OutboxMail>()> source)
{
    QMenu* help = menuBar()->actions().constLast()->menu();
    QAction* outbox = help->addAction(tr("Demo email &outbox…"));
    outbox->setObjectName(u"actionDemoOutbox"_s);
    connect(outbox, &QAction::triggered, this, [this, source] {
        auto* dialog = new DemoOutboxDialog(source, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void MainWindow::setUnread(int unread, int unreadCritical)
{
    QListWidgetItem* item = m_nav->item(static_cast<int>(Page::Notifications));
    item->setText(unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
    QFont font = item->font();
    font.setBold(unreadCritical > 0);
    item->setFont(font);
}

void MainWindow::openSubject(const QString& kind, const QString& id)
{
    if (kind == u"job"_s) {
        showPage(Page::Jobs);
        m_queueHealth->selectJob(id.toLongLong());
    } else if (kind == u"incident"_s) {
        showPage(Page::Incidents);
        showStatusMessage(tr("Incident #%1").arg(id));
    } else if (kind == u"ip"_s || kind == u"pool"_s) {
        showPage(Page::Reputation);
        showStatusMessage(kind == u"ip"_s ? tr("IP #%1: its reputation appears on this page.").arg(id)
                                          : tr("Pool #%1: its reputation appears on this page.").arg(id));
    } else if (kind == u"tenant"_s) {
        showPage(Page::Overview);
        showStatusMessage(tr("Tenant #%1").arg(id));
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session ? m_session->serverInfo() : pm::store::ServerInfo {}, this);
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())) {
        resize(1200, 780);
    }
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    const int page = settings.value(u"mainWindow/page"_s, 0).toInt();
    if (page >= 0 && page < PageCount) {
        showPage(static_cast<Page>(page));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/page"_s, static_cast<int>(currentPage()));
    QMainWindow::closeEvent(event);
}

} // namespace pm::ui
