#include "notifications/NotificationsPage.h"

#include "notifications/NotificationFeedModel.h"
#include "notifications/NotificationPreferencesDialog.h"
#include "util/WorkerThread.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pm::notify::Severity;

namespace pm::ui
{

NotificationsPage::NotificationsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new NotificationFeedModel(this))
    , m_view(new QTableView(this))
    , m_severity(new QComboBox(this))
    , m_unreadOnly(new QCheckBox(tr("Unread only"), this))
    , m_counts(new QLabel(this))
    , m_state(new QLabel(this))
    , m_markRead(new QPushButton(tr("Mark read"), this))
    , m_markAllRead(new QPushButton(tr("Mark all read"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_preferences(new QPushButton(tr("Preferences…"), this))
{
    setObjectName(u"notificationsPage"_s);
    m_view->setObjectName(u"notificationFeed"_s);
    m_severity->setObjectName(u"severityFilter"_s);
    m_counts->setObjectName(u"unreadCounts"_s);
    m_markAllRead->setObjectName(u"markAllRead"_s);
    m_preferences->setObjectName(u"notificationPreferences"_s);

    auto* title = new QLabel(tr("Notifications"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    m_severity->addItem(tr("All severities"));
    m_severity->addItem(NotificationFeedModel::severityText(Severity::Critical), static_cast<int>(Severity::Critical));
    m_severity->addItem(NotificationFeedModel::severityText(Severity::Warning), static_cast<int>(Severity::Warning));
    m_severity->addItem(NotificationFeedModel::severityText(Severity::Info), static_cast<int>(Severity::Info));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_severity);
    bar->addWidget(m_unreadOnly);
    bar->addSpacing(12);
    bar->addWidget(m_counts, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_markRead);
    bar->addWidget(m_markAllRead);
    bar->addWidget(m_preferences);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(NotificationFeedModel::SummaryColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(NotificationFeedModel::SeverityColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NotificationFeedModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NotificationFeedModel::EventsColumn,
                                                     QHeaderView::ResizeToContents);

    m_state->setWordWrap(true);
    m_state->setText(tr("Waiting for the database…"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &NotificationsPage::applyFilter);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &NotificationsPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &NotificationsPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &NotificationsPage::openCurrent);
    connect(m_markRead, &QPushButton::clicked, this, &NotificationsPage::markSelectedRead);
    connect(m_markAllRead, &QPushButton::clicked, this, [this] {
        if (m_reader) {
            QMetaObject::invokeMethod(m_reader, &pm::notify::NotificationFeedReader::markAllRead, Qt::QueuedConnection);
        }
    });
    connect(m_preferences, &QPushButton::clicked, this, &NotificationsPage::editPreferences);
    setEnabled(false);
}

NotificationsPage::~NotificationsPage() = default;

void NotificationsPage::setConnection(const pm::store::ConnectionSettings& settings)
{
    m_thread.reset(); // joins the previous reader
    m_thread = std::make_unique<pm::util::WorkerThread>(u"pm-feed"_s);
    m_reader = m_thread->adopt(new pm::notify::NotificationFeedReader(settings));
    connect(m_reader, &pm::notify::NotificationFeedReader::feedLoaded, this, &NotificationsPage::onFeed);
    connect(m_reader, &pm::notify::NotificationFeedReader::unavailable, this, [this](const QString& message) {
        m_state->setText(tr("The feed cannot be read right now: %1").arg(message));
    });
    connect(m_reader, &pm::notify::NotificationFeedReader::actionFailed, this, &NotificationsPage::message);
    m_thread->start();
    QMetaObject::invokeMethod(m_reader, &pm::notify::NotificationFeedReader::start, Qt::QueuedConnection);
    applyFilter();
    setEnabled(true);
}

void NotificationsPage::applyFilter()
{
    if (!m_reader) {
        return;
    }
    std::optional<Severity> severity;
    if (m_severity->currentData().isValid()) {
        severity = static_cast<Severity>(m_severity->currentData().toInt());
    }
    const bool unreadOnly = m_unreadOnly->isChecked();
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, severity, unreadOnly] { reader->setFilter(severity, unreadOnly); },
        Qt::QueuedConnection);
}

void NotificationsPage::onFeed(const pm::notify::FeedSnapshot& snapshot)
{
    m_model->setItems(snapshot.items);
    m_counts->setText(snapshot.unread() == 0
                          ? tr("All read")
                          : tr("%n unread", nullptr, snapshot.unread())
                                + (snapshot.unreadCritical > 0
                                       ? u" — "_s + tr("%n critical", nullptr, snapshot.unreadCritical)
                                       : QString()));
    m_state->setText(
        snapshot.items.isEmpty()
            ? tr("No notifications match. Detectors and system events report here once something "
                 "needs attention.")
            : tr("Showing the newest %n notification(s) for %1.", nullptr, static_cast<int>(snapshot.items.size()))
                  .arg(snapshot.operatorName));
    Q_EMIT unreadChanged(snapshot.unread(), snapshot.unreadCritical);
    Q_EMIT feedUpdated(snapshot);
}

void NotificationsPage::openCurrent()
{
    const pm::notify::FeedItem* it = m_model->item(m_view->currentIndex().row());
    if (!it) {
        return;
    }
    if (!it->read && m_reader) {
        const QList<qint64> ids {it->id};
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, ids] { reader->markRead(ids); }, Qt::QueuedConnection);
    }
    if (!it->subjectKind.isEmpty()) {
        Q_EMIT openSubject(it->subjectKind, it->subjectId);
    }
}

void NotificationsPage::markSelectedRead()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        ids << index.data(NotificationFeedModel::IdRole).toLongLong();
    }
    if (!ids.isEmpty() && m_reader) {
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, ids] { reader->markRead(ids); }, Qt::QueuedConnection);
    }
}

void NotificationsPage::editPreferences()
{
    if (!m_reader) {
        return;
    }
    auto* dialog = new NotificationPreferencesDialog(m_reader, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pm::ui
