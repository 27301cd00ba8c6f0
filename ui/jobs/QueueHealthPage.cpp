#include "jobs/QueueHealthPage.h"

#include "util/WorkerThread.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pm::ui
{

namespace
{
QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, const QVariant& data = {})
{
    auto* item = new QTableWidgetItem(text);
    if (data.isValid()) {
        item->setData(Qt::UserRole, data);
    }
    return item;
}

QTableWidgetItem* number(int value)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString age(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid()) {
        return QStringLiteral("—");
    }
    const qint64 s = std::max<qint64>(0, then.secsTo(now));
    if (s < 120) {
        return QueueHealthPage::tr("%n s ago", nullptr, static_cast<int>(s));
    }
    if (s < 7200) {
        return QueueHealthPage::tr("%n min ago", nullptr, static_cast<int>(s / 60));
    }
    if (s < 2 * 86400) {
        return QueueHealthPage::tr("%n h ago", nullptr, static_cast<int>(s / 3600));
    }
    return QueueHealthPage::tr("%n day(s) ago", nullptr, static_cast<int>(s / 86400));
}
} // namespace

QueueHealthPage::QueueHealthPage(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_queues(makeTable({tr("Queue"), tr("Waiting"), tr("Scheduled"), tr("Running"), tr("Failed, will retry"),
                          tr("Dead"), tr("Oldest waiting")},
                         this))
    , m_workers(makeTable({tr("Worker"), tr("Host"), tr("PID"), tr("Queues"), tr("Started"), tr("Last seen")}, this))
    , m_dead(makeTable({tr("Job"), tr("Kind"), tr("Queue"), tr("Attempts"), tr("Dead since"), tr("Last error")}, this))
    , m_requeue(new QPushButton(tr("Re-queue"), this))
    , m_discard(new QPushButton(tr("Discard…"), this))
    , m_state(new QLabel(this))
{
    setObjectName(u"queueHealthPage"_s);
    m_summary->setObjectName(u"queueSummary"_s);
    m_dead->setObjectName(u"deadJobs"_s);
    m_requeue->setObjectName(u"requeueJob"_s);
    m_discard->setObjectName(u"discardJob"_s);

    auto* title = new QLabel(tr("Background jobs"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_summary->setFont(big);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setText(tr("Waiting for the database…"));

    auto* queuesBox = new QGroupBox(tr("Queues"), this);
    (new QVBoxLayout(queuesBox))->addWidget(m_queues);
    auto* workersBox = new QGroupBox(tr("Workers alive (seen in the last minute)"), this);
    (new QVBoxLayout(workersBox))->addWidget(m_workers);
    auto* deadBox = new QGroupBox(tr("Dead-lettered jobs"), this);
    auto* deadLayout = new QVBoxLayout(deadBox);
    deadLayout->addWidget(m_dead);
    auto* deadButtons = new QHBoxLayout;
    auto* deadHelp = new QLabel(tr("Re-queueing runs a job again with fresh attempts; discarding gives up on it for "
                                   "good. Both are recorded in the audit log."),
                                this);
    deadHelp->setWordWrap(true);
    deadButtons->addWidget(deadHelp, 1);
    deadButtons->addWidget(m_requeue);
    deadButtons->addWidget(m_discard);
    deadLayout->addLayout(deadButtons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(queuesBox, 2);
    layout->addWidget(workersBox, 2);
    layout->addWidget(deadBox, 3);
    layout->addWidget(m_state);

    m_requeue->setEnabled(false);
    m_discard->setEnabled(false);
    connect(m_dead, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = m_canManage && selectedDeadJob() > 0;
        m_requeue->setEnabled(any);
        m_discard->setEnabled(any);
    });
    connect(m_requeue, &QPushButton::clicked, this, &QueueHealthPage::requeueSelected);
    connect(m_discard, &QPushButton::clicked, this, &QueueHealthPage::discardSelected);
    setEnabled(false);
}

QueueHealthPage::~QueueHealthPage() = default;

void QueueHealthPage::setCanManage(bool canManage)
{
    m_canManage = canManage;
    const QString why = canManage ? QString() : tr("Re-queueing and discarding dead jobs is for ops and admins.");
    m_requeue->setToolTip(why);
    m_discard->setToolTip(why);
    const bool any = canManage && selectedDeadJob() > 0;
    m_requeue->setEnabled(any);
    m_discard->setEnabled(any);
}

void QueueHealthPage::setConnection(const pm::store::ConnectionSettings& settings)
{
    m_thread.reset();
    m_thread = std::make_unique<pm::util::WorkerThread>(u"pm-queue-health"_s);
    m_reader = m_thread->adopt(new pm::queue::QueueHealthReader(settings));
    connect(m_reader, &pm::queue::QueueHealthReader::healthLoaded, this, &QueueHealthPage::onHealth);
    connect(m_reader, &pm::queue::QueueHealthReader::unavailable, this, [this](const QString& message) {
        m_state->setText(tr("The queue cannot be read right now: %1").arg(message));
    });
    connect(m_reader, &pm::queue::QueueHealthReader::actionDone, this, &QueueHealthPage::message);
    connect(m_reader, &pm::queue::QueueHealthReader::actionFailed, this,
            [this](const QString& text) { QMessageBox::warning(this, tr("Background jobs"), text); });
    m_thread->start();
    QMetaObject::invokeMethod(m_reader, &pm::queue::QueueHealthReader::start, Qt::QueuedConnection);
    setEnabled(true);
}

void QueueHealthPage::onHealth(const pm::queue::QueueHealth& health)
{
    m_workersAlive = static_cast<int>(health.workers.size());
    const pm::queue::QueueCounts t = health.totals();
    const QString deadText = t.dead > 0 ? u"<b style='color:#b00020'>%1</b>"_s.arg(t.dead) : QString::number(t.dead);
    m_summary->setText(tr("<b>%1</b> workers alive · <b>%2</b> waiting · <b>%3</b> running · <b>%4</b> failed, will "
                          "retry · %5 dead · oldest waiting: <b>%6</b>")
                           .arg(health.workers.size())
                           .arg(t.waiting)
                           .arg(t.running)
                           .arg(t.failed)
                           .arg(deadText, age(t.oldestWaiting, health.serverNow)));

    m_queues->setRowCount(static_cast<int>(health.queues.size()));
    for (int r = 0; r < health.queues.size(); ++r) {
        const auto& q = health.queues.at(r);
        m_queues->setItem(r, 0, cell(q.queue));
        m_queues->setItem(r, 1, number(q.waiting));
        m_queues->setItem(r, 2, number(q.scheduled));
        m_queues->setItem(r, 3, number(q.running));
        m_queues->setItem(r, 4, number(q.failed));
        m_queues->setItem(r, 5, number(q.dead));
        m_queues->setItem(r, 6, cell(age(q.oldestWaiting, health.serverNow)));
    }
    m_workers->setRowCount(static_cast<int>(health.workers.size()));
    for (int r = 0; r < health.workers.size(); ++r) {
        const auto& w = health.workers.at(r);
        m_workers->setItem(r, 0, cell(w.workerId));
        m_workers->setItem(r, 1, cell(w.host));
        m_workers->setItem(r, 2, number(w.pid));
        m_workers->setItem(r, 3, cell(w.queues.join(u", "_s)));
        m_workers->setItem(r, 4, cell(QLocale().toString(w.startedAt.toLocalTime(), QLocale::ShortFormat)));
        m_workers->setItem(r, 5, cell(age(w.lastSeenAt, health.serverNow)));
    }
    const qint64 keep = m_pendingSelection > 0 ? m_pendingSelection : selectedDeadJob();
    m_dead->setRowCount(static_cast<int>(health.dead.size()));
    for (int r = 0; r < health.dead.size(); ++r) {
        const auto& d = health.dead.at(r);
        m_dead->setItem(r, 0, cell(QString::number(d.id), d.id));
        m_dead->setItem(r, 1, cell(d.kind));
        m_dead->setItem(r, 2, cell(d.queue));
        m_dead->setItem(r, 3, number(d.attempts));
        m_dead->setItem(r, 4, cell(age(d.finishedAt, health.serverNow)));
        auto* error = cell(d.lastError.section(u'\n', 0, 0));
        error->setToolTip(d.lastError);
        m_dead->setItem(r, 5, error);
        if (d.id == keep) {
            m_dead->selectRow(r);
            m_pendingSelection = 0;
        }
    }
    m_state->setText(health.workers.isEmpty()
                         ? tr("No worker has reported in the last minute: jobs wait until pmworkerd (or the demo "
                              "console) runs.")
                         : tr("Updated %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
}

qint64 QueueHealthPage::selectedDeadJob() const
{
    const auto rows = m_dead->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return 0;
    }
    return m_dead->item(rows.constFirst().row(), 0)->data(Qt::UserRole).toLongLong();
}

void QueueHealthPage::selectJob(qint64 id)
{
    m_pendingSelection = id;
    for (int r = 0; r < m_dead->rowCount(); ++r) {
        if (m_dead->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_dead->selectRow(r);
            m_pendingSelection = 0;
            return;
        }
    }
}

void QueueHealthPage::requeueSelected()
{
    const qint64 id = selectedDeadJob();
    if (id > 0 && m_reader) {
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, id] { reader->requeue(id); }, Qt::QueuedConnection);
    }
}

void QueueHealthPage::discardSelected()
{
    const qint64 id = selectedDeadJob();
    if (id <= 0 || !m_reader) {
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Discard job %1?").arg(id),
                                              tr("The job will not run again. It stays in the records as cancelled, "
                                                 "and the audit log notes that you discarded it."),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, id] { reader->discard(id); }, Qt::QueuedConnection);
    }
}

} // namespace pm::ui
