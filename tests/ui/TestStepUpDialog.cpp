// The step-up and export dialogs against a real database, offscreen, as an executive would use
// them: the dialog says where the code went and how long it holds, refuses a malformed code
// without using an attempt, counts a wrong one down, and with the right code the export is
// written; a viewer is refused by the database even when the console is bypassed.
#include "TestDatabase.h"
#include "TestOperators.h"

#include "security/ExportDialog.h"
#include "security/StepUpDialog.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pm::security::GatedAction;

class TestStepUpDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dialogGuidesThroughCodeEntry();
    void exportIsWrittenAfterTheCode();
    void viewerCannotExport();

private:
    pm::store::ConnectionSettings operatorSettings(const pm::test::TestOperator& op) const;
    /// Plays the worker: the newest challenge of @p login gets its code drawn and "delivered".
    QString deliverLatest(const QString& login) const;

    std::unique_ptr<pm::test::TestDatabase> m_db;
    pm::test::TestOperator m_exec;
};

void TestStepUpDialog::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"stepup_dialog"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
    QVERIFY(m_db->exec(u"INSERT INTO tenants (name, plan, mrr_cents, owner_email) VALUES "
                       "('Acme, Inc.', 'growth', 420000, 'cfo@acme.example'), "
                       "('=cmd|calc', 'starter', 9900, 'x@evil.example')"_s));
    m_exec = pm::test::createOperator(*m_db, u"uiexec"_s, u"executive"_s);
    QVERIFY(!m_exec.login.isEmpty());
}

void TestStepUpDialog::cleanup()
{
    m_db.reset();
}

pm::store::ConnectionSettings TestStepUpDialog::operatorSettings(const pm::test::TestOperator& op) const
{
    auto settings = m_db->settings();
    settings.host = u"127.0.0.1"_s;
    settings.user = op.login;
    settings.password = op.password;
    return settings;
}

QString TestStepUpDialog::deliverLatest(const QString& login) const
{
    // Not inside QTRY_*: those evaluate their expression once more at the end, and this one
    // draws a code only once.
    for (int waited = 0; waited < 10'000; waited += 100) {
        const QString id = m_db->value(u"SELECT id::text FROM stepup_challenges WHERE operator = '%1' "
                                       "AND status = 'pending' ORDER BY created_at DESC LIMIT 1"_s.arg(login))
                               .toString();
        if (!id.isEmpty()) {
            return pm::test::deliverCode(*m_db, id);
        }
        QTest::qWait(100);
    }
    return {};
}

void TestStepUpDialog::dialogGuidesThroughCodeEntry()
{
    const auto action = GatedAction::dataExport(u"tenant_revenue"_s, u"csv"_s, {});
    pm::ui::StepUpDialog dialog(operatorSettings(m_exec), action, u"Export tenant revenue"_s);
    dialog.show();
    auto* where = dialog.findChild<QLabel*>(u"stepUpWhere"_s);
    auto* countdown = dialog.findChild<QLabel*>(u"stepUpCountdown"_s);
    auto* code = dialog.findChild<QLineEdit*>(u"stepUpCode"_s);
    auto* confirm = dialog.findChild<QPushButton*>(u"stepUpConfirm"_s);
    auto* resend = dialog.findChild<QPushButton*>(u"stepUpResend"_s);
    auto* problem = dialog.findChild<QLabel*>(u"stepUpProblem"_s);
    auto* attempts = dialog.findChild<QLabel*>(u"stepUpAttempts"_s);
    QTRY_VERIFY_WITH_TIMEOUT(where->text().startsWith(u"Sending a code to"_s), 10'000);
    QVERIFY2(where->text().contains(u"•••@example.com"_s), qPrintable(where->text()));
    QVERIFY(!confirm->isEnabled()); // nothing to confirm before the email went out
    QVERIFY(!resend->isEnabled());  // and no new code within the minute

    const QString right = deliverLatest(m_exec.login);
    QVERIFY(!right.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(where->text().startsWith(u"A code was sent to"_s), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text().contains(u"4:5"_s) || countdown->text().contains(u"5:00"_s), 5'000);
    QVERIFY2(attempts->text().startsWith(u"5 attempt"_s), qPrintable(attempts->text()));

    // Malformed: told at once, nothing sent, no attempt used.
    code->setText(u"12ab"_s);
    QVERIFY(confirm->isEnabled());
    confirm->click();
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"8 digits"_s), qPrintable(problem->text()));
    QCOMPARE(m_db->value(u"SELECT attempts FROM stepup_challenges WHERE operator = '%1'"_s.arg(m_exec.login)).toInt(),
             0);

    // Wrong: one message for every kind of wrong, and the attempts left.
    const QString wrong = right == u"00000000"_s ? u"11111111"_s : u"00000000"_s;
    code->setText(wrong);
    confirm->click();
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(u"wrong, has expired or was already used"_s), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(attempts->text().startsWith(u"4 attempt"_s), 5'000);
    QVERIFY(dialog.isVisible());

    // Right, typed as from an email: the dialog closes with the export's rows.
    code->setText(right.left(4) + u" "_s + right.mid(4));
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 5'000);
    confirm->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10'000);
    QVERIFY(dialog.confirmation().performed());
    QCOMPARE(dialog.confirmation().payload.value(u"rows"_s).toArray().size(), 2);
}

void TestStepUpDialog::exportIsWrittenAfterTheCode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"revenue.csv"_s);
    pm::ui::ExportDialog dialog(operatorSettings(m_exec), u"Test Exec"_s);
    QSignalSpy exported(&dialog, &pm::ui::ExportDialog::exported);
    dialog.show();
    dialog.setDataset(u"tenant_revenue"_s);
    auto* pathEdit = dialog.findChild<QLineEdit*>(u"exportPath"_s);
    auto* result = dialog.findChild<QLabel*>(u"exportResult"_s);

    // A folder that does not exist is caught before any code is asked for.
    pathEdit->setText(dir.filePath(u"missing/revenue.csv"_s));
    dialog.findChild<QPushButton*>(u"exportRun"_s)->click();
    QVERIFY2(result->text().contains(u"does not exist"_s), qPrintable(result->text()));
    QVERIFY(!dialog.findChild<pm::ui::StepUpDialog*>());

    pathEdit->setText(path);
    dialog.findChild<QPushButton*>(u"exportRun"_s)->click();
    pm::ui::StepUpDialog* stepUp = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((stepUp = dialog.findChild<pm::ui::StepUpDialog*>()) != nullptr, 5'000);
    const QString code = deliverLatest(m_exec.login);
    QVERIFY(!code.isEmpty());
    auto* confirm = stepUp->findChild<QPushButton*>(u"stepUpConfirm"_s);
    stepUp->findChild<QLineEdit*>(u"stepUpCode"_s)->setText(code);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isEnabled(), 10'000);
    confirm->click();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 15'000);
    QCOMPARE(exported.constFirst().at(1).toInt(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(u"\"Acme, Inc.\""_s), qPrintable(csv));
    QVERIFY2(csv.contains(u"'=cmd|calc"_s), qPrintable(csv)); // a formula is text, not a formula
    QCOMPARE(m_db->value(u"SELECT count(*) FROM admin_audit_log WHERE action = 'data.exported' AND actor = '%1'"_s.arg(
                             m_exec.login))
                 .toInt(),
             1);
}

void TestStepUpDialog::viewerCannotExport()
{
    const auto viewer = pm::test::createOperator(*m_db, u"uiviewer"_s, u"viewer"_s);
    const auto action = GatedAction::dataExport(u"tenant_revenue"_s, u"csv"_s, {});
    pm::ui::StepUpDialog dialog(operatorSettings(viewer), action, u"Export tenant revenue"_s);
    dialog.show();
    auto* problem = dialog.findChild<QLabel*>(u"stepUpProblem"_s);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10'000);
    QVERIFY2(problem->text().contains(u"only executives and admins export"_s), qPrintable(problem->text()));
    QCOMPARE(m_db->value(u"SELECT count(*) FROM stepup_challenges"_s).toInt(), 0);
}

QTEST_MAIN(TestStepUpDialog)
#include "TestStepUpDialog.moc"
