// Security > Alert policy… and Operators and roles… against a real database, offscreen, as an
// admin uses them: values load, only changed fields are sent, the change needs the code and
// lands in the database; an operator is added without a role and given one with a code.
// PM_TEST_SHOTS=dir saves pictures of the dialogs for a person to look at.
#include "TestDatabase.h"
#include "TestOperators.h"

#include "security/AlertPolicyDialog.h"
#include "security/OperatorsDialog.h"
#include "security/StepUpDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PM_TEST_SHOTS");
    if (!dir.isEmpty()) {
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
    }
}
} // namespace

class TestSecurityDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void alertPolicyChangeNeedsTheCode();
    void operatorIsAddedThenGivenARole();

private:
    pm::store::ConnectionSettings settingsOf(const pm::test::TestOperator& op) const;
    /// Waits for the step-up dialog under @p parent, plays the worker, types the code, confirms.
    bool confirmWithCode(QWidget* parent, const QString& login);

    std::unique_ptr<pm::test::TestDatabase> m_db;
    pm::test::TestOperator m_admin;
};

void TestSecurityDialogs::init()
{
    m_db = std::make_unique<pm::test::TestDatabase>(u"security_dialogs"_s);
    QVERIFY2(m_db->isValid() && m_db->migrate(), qPrintable(m_db->error()));
    m_admin = pm::test::createOperator(*m_db, u"uiadmin"_s, u"admin"_s);
    QVERIFY(!m_admin.login.isEmpty());
}

void TestSecurityDialogs::cleanup()
{
    m_db.reset();
}

pm::store::ConnectionSettings TestSecurityDialogs::settingsOf(const pm::test::TestOperator& op) const
{
    auto settings = m_db->settings();
    settings.host = u"127.0.0.1"_s;
    settings.user = op.login;
    settings.password = op.password;
    return settings;
}

bool TestSecurityDialogs::confirmWithCode(QWidget* parent, const QString& login)
{
    pm::ui::StepUpDialog* stepUp = nullptr;
    QString code;
    for (int waited = 0; waited < 10'000 && code.isEmpty(); waited += 100) {
        stepUp = parent->findChild<pm::ui::StepUpDialog*>();
        const QString id = m_db->value(u"SELECT id::text FROM stepup_challenges WHERE operator = '%1' "
                                       "AND status = 'pending'"_s.arg(login))
                               .toString();
        if (stepUp && !id.isEmpty()) {
            code = pm::test::deliverCode(*m_db, id);
        } else {
            QTest::qWait(100);
        }
    }
    if (code.isEmpty()) {
        return false;
    }
    auto* confirm = stepUp->findChild<QPushButton*>(u"stepUpConfirm"_s);
    stepUp->findChild<QLineEdit*>(u"stepUpCode"_s)->setText(code);
    if (!QTest::qWaitFor([confirm] { return confirm->isEnabled(); }, 10'000)) {
        return false;
    }
    shot(stepUp, u"step-up-" + login.section(u'_', 1));
    confirm->click();
    return true;
}

void TestSecurityDialogs::alertPolicyChangeNeedsTheCode()
{
    pm::ui::AlertPolicyDialog dialog(settingsOf(m_admin));
    dialog.show();
    auto* minSent = dialog.findChild<QSpinBox*>(u"detect_min_sent"_s);
    auto* state = dialog.findChild<QLabel*>(u"alertPolicyState"_s);
    QTRY_VERIFY_WITH_TIMEOUT(minSent->isEnabled(), 10'000);
    QCOMPARE(minSent->value(), 500);
    QVERIFY(dialog.changes().isEmpty());
    shot(&dialog, u"alert-policy"_s);

    // Refused in the form: warning above critical.
    auto* bounceWarning = dialog.findChild<QDoubleSpinBox*>(u"bounce_warning_pct"_s);
    bounceWarning->setValue(9.0);
    dialog.findChild<QPushButton*>(u"alertPolicyApply"_s)->click();
    QVERIFY2(state->text().contains(u"bounce warning"_s), qPrintable(state->text()));
    QVERIFY(!dialog.findChild<pm::ui::StepUpDialog*>());
    bounceWarning->setValue(2.0);

    minSent->setValue(750);
    QCOMPARE(dialog.changes(), (QJsonObject {{u"detect_min_sent"_s, 750}}));
    dialog.findChild<QPushButton*>(u"alertPolicyApply"_s)->click();
    QVERIFY(confirmWithCode(&dialog, m_admin.login));
    QTRY_COMPARE_WITH_TIMEOUT(m_db->value(u"SELECT detect_min_sent FROM alert_policy"_s).toInt(), 750, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"Last changed"_s), 10'000); // reloaded
    QVERIFY(dialog.changes().isEmpty());
    QCOMPARE(m_db->value(u"SELECT scope #>> '{alert_policy,detect_min_sent,to}' FROM admin_audit_log "
                         "WHERE action = 'policy.changed'"_s)
                 .toString(),
             u"750"_s);
}

void TestSecurityDialogs::operatorIsAddedThenGivenARole()
{
    pm::ui::OperatorsDialog dialog(settingsOf(m_admin), m_admin.login);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.table()->rowCount(), 1, 10'000);
    auto* state = dialog.findChild<QLabel*>(u"operatorsState"_s);
    const QString login = m_admin.login.section(u'_', 0, 0) + u"_newop"_s;

    dialog.findChild<QLineEdit*>(u"newOperatorLogin"_s)->setText(login);
    dialog.findChild<QLineEdit*>(u"newOperatorName"_s)->setText(u"New Operator"_s);
    dialog.findChild<QLineEdit*>(u"newOperatorEmail"_s)->setText(u"new.op@example.com"_s);
    dialog.findChild<QLineEdit*>(u"newOperatorPassword"_s)->setText(u"short"_s);
    auto* add = dialog.findChild<QPushButton*>(u"newOperatorAdd"_s);
    add->click();
    QVERIFY2(state->text().contains(u"12 characters"_s), qPrintable(state->text()));

    dialog.findChild<QLineEdit*>(u"newOperatorPassword"_s)->setText(u"a-long-first-password"_s);
    add->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.table()->rowCount(), 2, 10'000);
    QVERIFY2(state->text().contains(u"without a role"_s), qPrintable(state->text()));
    QCOMPARE(m_db->value(u"SELECT coalesce(pm_capability_of('%1')::text, 'none')"_s.arg(login)).toString(), u"none"_s);

    // Give the newcomer the ops role: a code, then the grant.
    for (int r = 0; r < dialog.table()->rowCount(); ++r) {
        if (dialog.table()->item(r, 0)->text() == login) {
            dialog.table()->selectRow(r);
        }
    }
    auto* capability = dialog.findChild<QComboBox*>(u"operatorCapability"_s);
    capability->setCurrentIndex(capability->findData(u"ops"_s));
    shot(&dialog, u"operators"_s);
    dialog.findChild<QPushButton*>(u"operatorChangeRole"_s)->click();
    QVERIFY(confirmWithCode(&dialog, m_admin.login));
    QTRY_COMPARE_WITH_TIMEOUT(m_db->value(u"SELECT pm_capability_of('%1')::text"_s.arg(login)).toString(), u"ops"_s,
                              10'000);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"was changed"_s), 10'000);
}

QTEST_MAIN(TestSecurityDialogs)
#include "TestSecurityDialogs.moc"
