// The audit log view against a real database, offscreen, with the console's own reader, model and page:
// a search finds exactly the rows containing the text, with %, _, backslashes and quotes taken literally;
// the action-kind, "failures" and date filters select exactly their rows; a hostile reason and an oversized
// scope are shown cleaned and elided, tooltips HTML-escaped; viewers and ops are told "not permitted" (not
// an outage) while an executive reads every row, operators' own included; and the page loads, follows
// typing and its filters, and counts what it shows. PM_TEST_SHOTS=dir saves a picture of the page.
#include "../db/StepUpTestSupport.h"
#include "TestDatabase.h"
#include "TestOperators.h"

#include "audit/AuditLogModel.h"
#include "audit/AuditLogPage.h"
#include "security/AuditLogReader.h"
#include "store/DatabaseConnection.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using pm::security::AuditFilter;
using pm::security::AuditLogReader;
using pm::security::AuditRow;
using pm::ui::AuditLogModel;
using Seqs = QList<qint64>;

namespace
{
// init() writes these rows in this order into a fresh log, whose sequence is gapless from 1 (0007).
constexpr qint64 ExportDone = 1, ExportRefused = 2, RoleChanged = 3, PolicyDenied = 4, Wildcards = 5, Hostile = 6,
                 ResetRequested = 7;
constexpr int SeededRows = 7;
// Markup, a newline, a right-to-left override and a terminal escape.
const auto HostileReason = u"<img src=x onerror=alert(1)>\n\u202Eevil\x1B[31m"_s;

void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PM_TEST_SHOTS");
    if (!dir.isEmpty()) {
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
    }
}

AuditFilter filterOf(const QString& search, const QDate& from = {}, const QDate& to = {})
{
    AuditFilter f;
    f.search = search;
    f.from = from;
    f.to = to;
    return f;
}

// In the order read: newest first.
Seqs seqsOf(const QList<AuditRow>& rows)
{
    Seqs seqs;
    std::transform(rows.cbegin(), rows.cend(), std::back_inserter(seqs), [](const AuditRow& row) { return row.seq; });
    return seqs;
}

QString describe(const Seqs& seqs)
{
    QStringList parts;
    std::transform(seqs.cbegin(), seqs.cend(), std::back_inserter(parts), [](qint64 s) { return QString::number(s); });
    return u"{"_s + parts.join(u","_s) + u"}"_s;
}

// An AuditLogReader driven on this thread: start(), setFilter() and refresh() read at once and emit
// loaded() (or unavailable()) before they return, so each step sees exactly one answer. The page
// test runs the same reader on its own thread.
class AuditProbe final
{
public:
    explicit AuditProbe(const pm::store::ConnectionSettings& settings)
        : reader(settings)
    {
        QObject::connect(&reader, &AuditLogReader::loaded, &reader, [this](const QList<AuditRow>& r, qint64 t, bool p) {
            rows = r;
            total = t;
            permitted = p;
            ++loads;
        });
        QObject::connect(&reader, &AuditLogReader::unavailable, &reader,
                         [this](const QString& message) { errors << message; });
        reader.start();
    }

    /// Reads with @p filter; false when no answer came (the read failed: see errors).
    bool load(const AuditFilter& filter)
    {
        const int before = loads;
        if (reader.filter() == filter) {
            reader.refresh();
        } else {
            reader.setFilter(filter);
        }
        return loads > before;
    }

    AuditLogReader reader;
    QList<AuditRow> rows;
    qint64 total = -1;
    bool permitted = false;
    int loads = 0;
    QStringList errors;
};
} // namespace

class TestAuditLogView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void searchFindsRowsAndTakesWildcardsLiterally();
    void kindAndFailureFiltersSelectExactlyTheirRows();
    void dateRangeSelectsByLocalDay();
    void hostileTextIsCleanedAndEscaped();
    void onlyExecutivesAndAdminsRead();
    void pageLoadsSearchesAndFilters();

private:
    pm::store::ConnectionSettings settingsOf(const pm::test::TestOperator& op) const;

    std::unique_ptr<pm::test::TestDatabase> m_db;
};

void TestAuditLogView::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"audit_view"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
    QCOMPARE(m_db->value(u"SELECT count(*) FROM admin_audit_log"_s).toInt(), 0);
    pm::store::DatabaseConnection superuser(m_db->settings(), u"test-audit"_s);
    QString error;
    QVERIFY2(superuser.open(&error), qPrintable(error));
    const QString blob = u"<b>bold</b> "_s + u"lorem ipsum dolor "_s.repeated(1000); // no % or _ in it
    // action, outcome, scope, action kind, reason ("" = NULL), in the order of the numbers above.
    const QList<QStringList> rows {
        {u"data.exported"_s, u"done"_s, uR"({"dataset": "tenant_revenue", "format": "csv"})"_s, u"data_export"_s, {}},
        {u"data.export_fetch"_s, u"refused"_s, uR"({"ticket": 7})"_s, u"data_export"_s, u"ticket already used"_s},
        {u"role.changed"_s, u"done"_s, uR"({"login": "anna", "to": "ops"})"_s, u"role_change"_s,
         u"quarterly review zeppelin"_s},
        {u"stepup.requested"_s, u"denied"_s, uR"({"changes": {"note": "marmalade"}})"_s, u"policy_change"_s,
         u"only executives and admins change policies"_s},
        {u"operator.unlocked"_s,
         u"no such operator"_s,
         uR"({"login": "x"})"_s,
         {},
         u"discount 100% on plan_b, 'quoted' and \"double\""_s},
        {u"stepup.verify"_s, u"malformed"_s, QString(u"{\"blob\": \""_s + blob + u"\"}"_s), {}, HostileReason},
        {u"stepup.requested"_s, u"requested"_s, u"{}"_s, u"password_reset"_s, {}},
    };
    for (const QStringList& row : rows) {
        // Bound, not spliced into the SQL: quotes, % and control characters arrive as written.
        const auto r = stepup_test::run(superuser.database(),
                                        u"SELECT pm_private.audit(?::text, ?::text, ?::jsonb, NULLIF(?::text, ''), "
                                        "NULLIF(?::text, ''))"_s,
                                        {row.at(0), row.at(1), row.at(2), row.at(3), row.at(4)});
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QCOMPARE(m_db->value(u"SELECT max(seq) FROM admin_audit_log"_s).toLongLong(), ResetRequested);
}

void TestAuditLogView::cleanup()
{
    m_db.reset();
}

pm::store::ConnectionSettings TestAuditLogView::settingsOf(const pm::test::TestOperator& op) const
{
    auto settings = m_db->settings();
    settings.host = u"127.0.0.1"_s;
    settings.user = op.login;
    settings.password = op.password;
    return settings;
}

void TestAuditLogView::searchFindsRowsAndTakesWildcardsLiterally()
{
    AuditProbe probe(m_db->settings());
    QVERIFY2(probe.loads == 1 && probe.permitted, qPrintable(probe.errors.join(u'\n')));
    QCOMPARE(seqsOf(probe.rows), (Seqs {7, 6, 5, 4, 3, 2, 1}));
    QCOMPARE(probe.total, qint64(SeededRows));

    const QList<std::pair<QString, Seqs>> cases {
        {u"zeppelin"_s, {RoleChanged}},   // a word in one reason
        {u"ZEPPELIN"_s, {RoleChanged}},   // in any case
        {u"marmalade"_s, {PolicyDenied}}, // a word inside one scope's JSON
        {u"%"_s, {Wildcards}},            // a percent sign, not "anything"
        {u"100%"_s, {Wildcards}},
        {u"n_b"_s, {Wildcards}},
        {u"_"_s, {ResetRequested, Wildcards, PolicyDenied, RoleChanged, ExportRefused, ExportDone}}, // not "any one"
        {u"'quoted' and \"double\""_s, {Wildcards}},
        {u"<img src=x onerror=alert(1)>"_s, {Hostile}},
        {u"x' OR '1'='1"_s, {}},
        {u"%_%"_s, {}},
        {u"\\"_s, {}},
        {u"\\%"_s, {}},
    };
    for (const auto& [text, expected] : cases) {
        QVERIFY2(probe.load(filterOf(text)), qPrintable(QString(text + u": "_s + probe.errors.join(u'\n'))));
        QVERIFY(probe.permitted);
        const Seqs found = seqsOf(probe.rows);
        QVERIFY2(found == expected,
                 qPrintable(u"search %1 found %2, expected %3"_s.arg(text, describe(found), describe(expected))));
        QCOMPARE(probe.total, qint64(expected.size()));
    }
    QVERIFY2(probe.errors.isEmpty(), qPrintable(probe.errors.join(u'\n')));
}

void TestAuditLogView::kindAndFailureFiltersSelectExactlyTheirRows()
{
    AuditProbe probe(m_db->settings());
    QVERIFY2(probe.loads == 1 && probe.permitted, qPrintable(probe.errors.join(u'\n')));
    const QList<AuditRow> all = probe.rows;
    const QList<std::pair<QString, Seqs>> kinds {
        {u"password_reset"_s, {ResetRequested}},
        {u"role_change"_s, {RoleChanged}},
        {u"data_export"_s, {ExportRefused, ExportDone}},
        {u"policy_change"_s, {PolicyDenied}},
    };
    QCOMPARE(kinds.size(), AuditLogReader::actionKinds().size()); // every kind the filter offers
    for (const auto& [kind, expected] : kinds) {
        AuditFilter f;
        f.actionKind = kind;
        QVERIFY2(probe.load(f), qPrintable(probe.errors.join(u'\n')));
        QCOMPARE(seqsOf(probe.rows), expected);
    }

    // What counts as a failure is the reader's own list; the rows written above agree with it.
    QList<AuditRow> failing;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(failing),
                 [](const AuditRow& row) { return AuditLogReader::isFailure(row.outcome); });
    QCOMPARE(seqsOf(failing), (Seqs {Hostile, Wildcards, PolicyDenied, ExportRefused}));
    AuditFilter failures;
    failures.outcome = u"failures"_s;
    QVERIFY(probe.load(failures));
    QCOMPARE(seqsOf(probe.rows), seqsOf(failing));
    QVERIFY(AuditLogReader::successOutcomes().contains(u"requested"_s) && !AuditLogReader::isFailure(u"done"_s));
    failures.actionKind = u"data_export"_s; // both at once
    QVERIFY(probe.load(failures));
    QCOMPARE(seqsOf(probe.rows), Seqs {ExportRefused});

    // The model marks and colours exactly those rows, and names the kinds.
    AuditLogModel model;
    model.setRows(all);
    for (int r = 0; r < model.rowCount(); ++r) {
        const bool failure = AuditLogReader::isFailure(model.row(r)->outcome);
        QCOMPARE(model.index(r, 0).data(AuditLogModel::FailureRole).toBool(), failure);
        const QVariant colour = model.index(r, AuditLogModel::OutcomeColumn).data(Qt::ForegroundRole);
        QCOMPARE(colour.isValid(), failure);
        QVERIFY(!failure || colour.value<QColor>() == AuditLogModel::warningColor(QGuiApplication::palette()));
    }
    QCOMPARE(model.index(model.rowOfSeq(RoleChanged), AuditLogModel::KindColumn).data().toString(), u"Role change"_s);
}

void TestAuditLogView::dateRangeSelectsByLocalDay()
{
    // The rows cannot be moved back in time: admin_audit_log refuses UPDATE even to the superuser
    // (and going around the trigger would break the hash chain). So the ranges are drawn around the
    // day the rows were written, as read back from the rows (which also holds across midnight).
    QString error;
    QVERIFY(!m_db->exec(u"UPDATE admin_audit_log SET at = at - interval '3 days'"_s, &error));
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));

    AuditProbe probe(m_db->settings());
    QVERIFY2(probe.loads == 1 && probe.permitted, qPrintable(probe.errors.join(u'\n')));
    QDate first;
    QDate last;
    for (const AuditRow& row : std::as_const(probe.rows)) {
        const QDate day = row.at.toLocalTime().date();
        first = !first.isValid() || day < first ? day : first;
        last = !last.isValid() || day > last ? day : last;
    }
    QVERIFY(first.isValid() && last.isValid());

    QVERIFY(probe.load(filterOf({}, {}, first.addDays(-1)))); // up to yesterday: none of today's rows
    QVERIFY(probe.rows.isEmpty());
    QCOMPARE(probe.total, qint64(0));
    QVERIFY(probe.load(filterOf({}, last.addDays(1)))); // from tomorrow
    QVERIFY(probe.rows.isEmpty());
    QVERIFY(probe.load(filterOf({}, first, last))); // today, both ends inclusive
    QCOMPARE(probe.rows.size(), SeededRows);
    QVERIFY(probe.load(filterOf(u"zeppelin"_s, first, last)));
    QCOMPARE(seqsOf(probe.rows), Seqs {RoleChanged});
    QVERIFY2(probe.errors.isEmpty(), qPrintable(probe.errors.join(u'\n')));
}

void TestAuditLogView::hostileTextIsCleanedAndEscaped()
{
    AuditProbe probe(m_db->settings());
    QVERIFY2(probe.loads == 1 && probe.permitted, qPrintable(probe.errors.join(u'\n')));
    AuditLogModel model;
    model.setRows(probe.rows);
    const int r = model.rowOfSeq(Hostile);
    QVERIFY(r >= 0);
    QCOMPARE(model.row(r)->reason, HostileReason); // stored and read back exactly
    QVERIFY(model.row(r)->scope.size() > 18'000);  // the reader does not cut; the model does

    const QModelIndex reason = model.index(r, AuditLogModel::ReasonColumn);
    QCOMPARE(reason.data().toString(), u"<img src=x onerror=alert(1)>\\n\u27E8U+202E\u27E9evil\\x1B[31m"_s);
    const QString reasonTip = reason.data(Qt::ToolTipRole).toString();
    QVERIFY2(!reasonTip.contains(u"<img"_s, Qt::CaseInsensitive), qPrintable(reasonTip));
    QVERIFY2(reasonTip.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s), qPrintable(reasonTip));
    QVERIFY(!reasonTip.contains(QChar(u'\u202E')) && !reasonTip.contains(QChar(u'\x1B')));

    const QModelIndex scope = model.index(r, AuditLogModel::ScopeColumn);
    const QString shown = scope.data().toString();
    QVERIFY2(shown.size() <= AuditLogModel::DisplayLimit, qPrintable(QString::number(shown.size())));
    QVERIFY2(shown.startsWith(u"{\"blob\":\"<b>bold</b> lorem ipsum"_s), qPrintable(shown));
    QVERIFY(shown.endsWith(QChar(u'\u2026')));
    const QString scopeTip = scope.data(Qt::ToolTipRole).toString();
    QVERIFY2(scopeTip.size() < AuditLogModel::ToolTipLimit + 200, qPrintable(QString::number(scopeTip.size())));
    QVERIFY(scopeTip.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s) && !scopeTip.contains(u"<b>"_s));
    QVERIFY(scopeTip.contains(QChar(u'\u2026')));
}

void TestAuditLogView::onlyExecutivesAndAdminsRead()
{
    const auto viewer = pm::test::createOperator(*m_db, u"auditviewer"_s, u"viewer"_s);
    const auto ops = pm::test::createOperator(*m_db, u"auditops"_s, u"ops"_s);
    const auto executive = pm::test::createOperator(*m_db, u"auditexec"_s, u"executive"_s);
    QVERIFY(!viewer.login.isEmpty() && !ops.login.isEmpty() && !executive.login.isEmpty());
    // Rows the operators write themselves: the trigger records login, capability and address.
    for (const auto& [op, outcome] : {std::pair {&executive, u"requested"_s}, std::pair {&viewer, u"denied"_s}}) {
        const auto connection = pm::test::connectAs(*m_db, *op);
        QVERIFY(connection);
        QCOMPARE(stepup_test::request(connection->database(), u"data_export"_s, stepup_test::RevenueCsv).outcome(),
                 outcome);
    }

    for (const pm::test::TestOperator* op : {&viewer, &ops}) {
        AuditProbe probe(settingsOf(*op));
        QVERIFY2(probe.errors.isEmpty(), qPrintable(probe.errors.join(u'\n'))); // an answer, not an outage
        QCOMPARE(probe.loads, 1);
        QVERIFY2(!probe.permitted, qPrintable(op->login));
        QVERIFY(probe.rows.isEmpty());
        QVERIFY(probe.load(filterOf(u"zeppelin"_s)));
        QVERIFY(!probe.permitted && probe.rows.isEmpty() && probe.errors.isEmpty());
    }

    AuditProbe probe(settingsOf(executive));
    QVERIFY2(probe.loads == 1 && probe.permitted, qPrintable(probe.errors.join(u'\n')));
    QCOMPARE(probe.rows.size(), SeededRows + 2);
    const AuditRow denial = probe.rows.at(0); // copies: the next load replaces the rows
    const AuditRow own = probe.rows.at(1);
    QCOMPARE(
        (QStringList {denial.actor, denial.role, denial.outcome, denial.reason, denial.clientHost}),
        (QStringList {viewer.login, u"viewer"_s, u"denied"_s, u"only executives and admins export"_s, u"127.0.0.1"_s}));
    QCOMPARE((QStringList {own.actor, own.role, own.action, own.outcome}),
             (QStringList {executive.login, u"executive"_s, u"stepup.requested"_s, u"requested"_s}));
    QVERIFY(AuditLogReader::isFailure(denial.outcome) && !AuditLogReader::isFailure(own.outcome));
    QVERIFY(!own.challengeId.isEmpty());
    QVERIFY(probe.load(filterOf(viewer.login))); // a login, _ and all, finds that operator's rows
    QCOMPARE(seqsOf(probe.rows), Seqs {denial.seq});

    // The page explains instead of reporting an error, and shows nothing.
    pm::ui::AuditLogPage page;
    page.show();
    page.setConnection(settingsOf(viewer));
    auto* noAccess = page.findChild<QLabel*>(u"auditNoAccess"_s);
    auto* state = page.findChild<QLabel*>(u"auditState"_s);
    QVERIFY(noAccess && state);
    QTRY_VERIFY_WITH_TIMEOUT(noAccess->isVisible(), 10'000);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY2(!state->text().contains(u"cannot be read"_s), qPrintable(state->text()));
}

void TestAuditLogView::pageLoadsSearchesAndFilters()
{
    const auto executive = pm::test::createOperator(*m_db, u"pageexec"_s, u"executive"_s);
    QVERIFY(!executive.login.isEmpty());
    pm::ui::AuditLogPage page;
    page.resize(1280, 720);
    page.show();
    page.setConnection(settingsOf(executive));
    auto* state = page.findChild<QLabel*>(u"auditState"_s);
    auto* search = page.findChild<QLineEdit*>(u"auditSearch"_s);
    auto* kind = page.findChild<QComboBox*>(u"auditKind"_s);
    auto* outcome = page.findChild<QComboBox*>(u"auditOutcome"_s);
    auto* dateRange = page.findChild<QCheckBox*>(u"auditDateRange"_s);
    auto* to = page.findChild<QDateEdit*>(u"auditTo"_s);
    QVERIFY(state && search && kind && outcome && dateRange && to);

    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), SeededRows, 10'000);
    QCOMPARE(state->text(), u"Showing 7 of 7 rows"_s);
    QCOMPARE(page.model()->row(0)->seq, ResetRequested);
    shot(&page, u"audit-log-view"_s);

    // Typing: one read after the pause.
    QTest::keyClicks(search, u"zeppelin"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10'000);
    QCOMPARE(page.model()->row(0)->seq, RoleChanged);
    QCOMPARE(state->text(), u"Showing 1 of 1 rows"_s);
    QCOMPARE(page.view()->model()->index(0, AuditLogModel::ReasonColumn).data().toString(),
             u"quarterly review zeppelin"_s);
    search->clear();
    QTest::keyClicks(search, u"_"_s); // literally: every row but the hostile one
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), SeededRows - 1, 10'000);
    QCOMPARE(page.model()->rowOfSeq(Hostile), -1);

    // Action kind, then failures only.
    search->clear();
    kind->setCurrentIndex(kind->findData(u"data_export"_s));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10'000);
    outcome->setCurrentIndex(outcome->findData(u"failures"_s));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10'000);
    QCOMPARE(page.model()->row(0)->seq, ExportRefused);
    QVERIFY(page.model()->index(0, 0).data(AuditLogModel::FailureRole).toBool());

    // A range ending the day before the rows were written shows none; one including that day shows them.
    const QDate rowDay = page.model()->row(0)->at.toLocalTime().date();
    dateRange->setChecked(true);
    to->setDate(rowDay.addDays(-1));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, 10'000);
    QCOMPARE(state->text(), u"Showing 0 of 0 rows"_s);
    to->setDate(rowDay);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10'000);
    QCOMPARE(page.filter().to, rowDay);
}

QTEST_MAIN(TestAuditLogView)
#include "TestAuditLogView.moc"
