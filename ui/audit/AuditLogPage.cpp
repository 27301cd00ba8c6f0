#include "audit/AuditLogPage.h"

#include "audit/AuditLogModel.h"
#include "util/WorkerThread.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;
using pm::security::AuditChainReport;
using pm::security::AuditFilter;
using pm::security::AuditLogReader;
using pm::security::AuditRow;

namespace pm::ui
{

AuditLogPage::AuditLogPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(this))
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(this))
    , m_noAccess(new QLabel(tr("The audit log is visible to executives and admins."), this))
    , m_search(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_kind(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_dateRange(new QCheckBox(tr("Date range"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_verify(new QPushButton(tr("Verify chain"), this))
    , m_chainResult(new QLabel(this))
    , m_view(new QTableView(this))
    , m_state(new QLabel(this))
{
    setObjectName(u"auditLogPage"_s);
    m_noAccess->setObjectName(u"auditNoAccess"_s);
    m_search->setObjectName(u"auditSearch"_s);
    m_kind->setObjectName(u"auditKind"_s);
    m_outcome->setObjectName(u"auditOutcome"_s);
    m_dateRange->setObjectName(u"auditDateRange"_s);
    m_from->setObjectName(u"auditFrom"_s);
    m_to->setObjectName(u"auditTo"_s);
    m_export->setObjectName(u"auditExport"_s);
    m_verify->setObjectName(u"auditVerify"_s);
    m_chainResult->setObjectName(u"auditChainResult"_s);
    m_view->setObjectName(u"auditTable"_s);
    m_state->setObjectName(u"auditState"_s);

    auto* title = new QLabel(tr("Audit log"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    m_search->setPlaceholderText(tr("Search operator, action, outcome, reason, scope or client"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(AuditLogReader::SearchMaxLength);
    // One query per pause in typing, not one per keystroke.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);

    m_kind->addItem(tr("All actions"), QString());
    m_kind->addItem(tr("Password resets"), u"password_reset"_s);
    m_kind->addItem(tr("Role changes"), u"role_change"_s);
    m_kind->addItem(tr("Exports"), u"data_export"_s);
    m_kind->addItem(tr("Policy changes"), u"policy_change"_s);
    m_outcome->addItem(tr("All outcomes"), QString());
    m_outcome->addItem(tr("Failures and refusals"), u"failures"_s);

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setToolTip(tr("From this day (inclusive)"));
    m_to->setToolTip(tr("To this day (inclusive)"));
    m_export->setToolTip(tr("Export the audit log; needs a one-time code."));
    m_verify->setToolTip(tr("Recompute every row's hash and check the chain links."));
    m_verify->setEnabled(false);

    // Two rows, so the page fits a narrow window.
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_outcome);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_dateRange);
    actions->addWidget(m_from);
    actions->addWidget(new QLabel(u"\u2013"_s, this));
    actions->addWidget(m_to);
    actions->addStretch(1);
    actions->addWidget(m_export);
    actions->addWidget(m_verify);
    auto* bar = new QVBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addLayout(filters);
    bar->addLayout(actions);

    // Plain text everywhere: database error messages can quote what someone typed.
    m_chainResult->setTextFormat(Qt::PlainText);
    m_chainResult->setWordWrap(true);
    m_chainResult->hide();
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setText(tr("Waiting for the database…"));
    m_noAccess->setAlignment(Qt::AlignCenter);
    m_noAccess->setWordWrap(true);
    m_noAccess->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    // Short columns fit their contents; reason and scope can be 300 characters, so they get a
    // fixed share instead of measuring every row.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditLogModel::ReasonColumn, QHeaderView::Interactive);
    header->resizeSection(AuditLogModel::ReasonColumn, 220);
    header->setSectionResizeMode(AuditLogModel::ScopeColumn, QHeaderView::Stretch);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_chainResult);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_state);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_noAccess);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        applyFilter();
    });
    connect(m_filterDelay, &QTimer::timeout, this, &AuditLogPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    // Typing a date fires once per digit: wait for the pause, as for the search.
    connect(m_from, &QDateEdit::dateChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::exportRequested);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_pendingSeq = 0; // the operator chose; an older request no longer applies
    });
    setEnabled(false);
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::setConnection(const pm::store::ConnectionSettings& settings)
{
    stopReader(); // joins the previous reader
    m_settings = settings;
    startReader();
    setEnabled(true);
}

void AuditLogPage::setAccess(bool canRead, bool canVerify)
{
    m_canRead = canRead;
    m_verify->setVisible(canVerify);
    showReadable(canRead);
    if (canRead) {
        startReader();
    } else {
        stopReader(); // every read would only be refused (and logged by the server)
    }
}

void AuditLogPage::refresh()
{
    if (m_reader) {
        QMetaObject::invokeMethod(m_reader, &AuditLogReader::refresh, Qt::QueuedConnection);
    }
}

AuditFilter AuditLogPage::filter() const
{
    AuditFilter f;
    f.search = m_search->text().trimmed();
    f.actionKind = m_kind->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    if (m_dateRange->isChecked()) {
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (from > to) {
            std::swap(from, to);
        }
        f.from = from;
        f.to = to;
    }
    return f;
}

qint64 AuditLogPage::selectedSeq() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(AuditLogModel::SeqRole).toLongLong();
}

void AuditLogPage::selectSeq(qint64 seq)
{
    const int row = m_model->rowOfSeq(seq);
    if (row >= 0) {
        m_view->selectRow(row);
        m_pendingSeq = 0;
    } else {
        m_pendingSeq = seq;
    }
}

void AuditLogPage::startReader()
{
    if (m_reader || !m_settings || !m_canRead) {
        return;
    }
    m_thread = std::make_unique<pm::util::WorkerThread>(u"pm-audit-log"_s);
    auto* reader = m_thread->adopt(new AuditLogReader(*m_settings));
    m_reader = reader;
    // Signals already queued by a reader that has since been replaced are dropped by the
    // pointer check, so a slow answer to an old filter cannot overwrite the current one.
    connect(reader, &AuditLogReader::loaded, this,
            [this, reader](const QList<AuditRow>& rows, qint64 total, bool permitted) {
                if (reader == m_reader) {
                    onLoaded(rows, total, permitted);
                }
            });
    connect(reader, &AuditLogReader::chainVerified, this, [this, reader](const AuditChainReport& report) {
        if (reader == m_reader) {
            onChainVerified(report);
        }
    });
    connect(reader, &AuditLogReader::unavailable, this, [this, reader](const QString& text) {
        if (reader == m_reader) {
            m_state->setText(tr("The audit log cannot be read right now: %1").arg(text));
        }
    });
    m_thread->start();
    // The filter goes first so that the first read already uses it.
    m_sentFilter = filter();
    QMetaObject::invokeMethod(
        reader, [reader, f = m_sentFilter] { reader->setFilter(f); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(reader, &AuditLogReader::start, Qt::QueuedConnection);
    m_state->setText(tr("Reading the audit log…"));
    m_verify->setEnabled(true);
}

void AuditLogPage::stopReader()
{
    m_reader = nullptr;
    m_thread.reset();
    m_verify->setEnabled(false);
}

void AuditLogPage::applyFilter()
{
    const AuditFilter f = filter();
    if (!m_reader || f == m_sentFilter) {
        return; // startReader() sends the filter of the moment
    }
    m_sentFilter = f;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, f] { reader->setFilter(f); }, Qt::QueuedConnection);
}

void AuditLogPage::verifyChain()
{
    if (!m_reader) {
        return;
    }
    m_verify->setEnabled(false);
    showChainResult(tr("Verifying the audit chain…"), false);
    QMetaObject::invokeMethod(m_reader, &AuditLogReader::verifyChain, Qt::QueuedConnection);
}

void AuditLogPage::onLoaded(const QList<AuditRow>& rows, qint64 totalMatching, bool permitted)
{
    if (!permitted) {
        // The database said no: explain, and stop asking every ten seconds. setAccess() or a
        // new connection tries again.
        showReadable(false);
        stopReader();
        return;
    }
    showReadable(m_canRead);
    const qint64 keep = m_pendingSeq > 0 ? m_pendingSeq : selectedSeq();
    m_model->setRows(rows);
    // A reset clears the selection without a signal; put it back on the same entry (this also
    // settles a pending selectSeq(), through selectionChanged).
    if (keep > 0 && selectedSeq() != keep) {
        if (const int row = m_model->rowOfSeq(keep); row >= 0) {
            m_view->selectRow(row);
        }
    }
    const QLocale locale;
    m_state->setText(tr("Showing %1 of %2 rows")
                         .arg(locale.toString(static_cast<qint64>(rows.size())), locale.toString(totalMatching)));
}

void AuditLogPage::onChainVerified(const AuditChainReport& report)
{
    m_verify->setEnabled(m_reader != nullptr);
    QString text;
    bool warning = true;
    if (!report.error.isEmpty()) {
        text = tr("The audit chain could not be verified: %1").arg(report.error);
    } else if (!report.intact()) {
        text
            = tr("The audit chain is broken at row %1: %2").arg(QString::number(report.firstBrokenSeq), report.problem);
    } else if (report.rowsChecked == 0) {
        text = tr("The audit log is empty: there is no chain to verify yet.");
        warning = false;
    } else {
        // Enough of the head to compare by eye with one kept elsewhere; pmctl prints it whole.
        const QString head = u"%1:%2\u2026"_s.arg(QString::number(report.headSeq),
                                                  QString::fromLatin1(report.headHash.toHex().left(16)));
        const int rows = static_cast<int>(std::min<qint64>(report.rowsChecked, std::numeric_limits<int>::max()));
        text = tr("The audit chain is intact: %n row(s) checked, head %1.", nullptr, rows).arg(head);
        warning = false;
    }
    showChainResult(text, warning);
    Q_EMIT message(text);
}

void AuditLogPage::showChainResult(const QString& text, bool warning)
{
    // Only what is set here overrides the inherited palette and font, so theme changes still
    // reach the label.
    QPalette pal;
    QFont emphasis;
    if (warning) {
        pal.setColor(QPalette::WindowText, AuditLogModel::warningColor(palette()));
        emphasis.setBold(true);
    }
    m_chainResult->setPalette(pal);
    m_chainResult->setFont(emphasis);
    m_chainResult->setProperty("warning", warning);
    m_chainResult->setText(text);
    m_chainResult->show();
}

void AuditLogPage::showReadable(bool readable)
{
    m_stack->setCurrentWidget(readable ? m_content : static_cast<QWidget*>(m_noAccess));
}

} // namespace pm::ui
