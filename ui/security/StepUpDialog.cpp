#include "security/StepUpDialog.h"

#include "security/StepUpRunner.h"
#include "util/WorkerThread.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pm::ui
{

namespace
{
bool waitingForEmail(const QString& status)
{
    return status == u"pending"_s || status == u"sending"_s;
}
} // namespace

StepUpDialog::StepUpDialog(const pm::store::ConnectionSettings& settings, const pm::security::GatedAction& action,
                           const QString& description, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Confirm with a one-time code"));
    setObjectName(u"stepUpDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("<b>%1</b>").arg(description.toHtmlEscaped()), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* why = new QLabel(tr("This action needs a fresh one-time code, sent to your email address. The database "
                              "checks the code and performs the action in one step."),
                           this);
    why->setWordWrap(true);
    layout->addWidget(why);

    m_where = new QLabel(tr("Asking for a code…"), this);
    m_where->setObjectName(u"stepUpWhere"_s);
    m_where->setWordWrap(true);
    layout->addWidget(m_where);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"stepUpCountdown"_s);
    layout->addWidget(m_countdown);

    m_code = new QLineEdit(this);
    m_code->setObjectName(u"stepUpCode"_s);
    m_code->setPlaceholderText(tr("8-digit code"));
    m_code->setMaxLength(20);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    QFont mono = m_code->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_code->setFont(mono);
    layout->addWidget(m_code);
    m_attempts = new QLabel(this);
    m_attempts->setObjectName(u"stepUpAttempts"_s);
    layout->addWidget(m_attempts);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"stepUpProblem"_s);
    m_problem->setWordWrap(true);
    QFont strong = m_problem->font();
    strong.setBold(true);
    m_problem->setFont(strong);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"stepUpConfirm"_s);
    m_resend = buttons->addButton(tr("Send a new code"), QDialogButtonBox::ActionRole);
    m_resend->setObjectName(u"stepUpResend"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &StepUpDialog::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &StepUpDialog::submit);
    connect(m_resend, &QPushButton::clicked, this, &StepUpDialog::requestNewCode);
    connect(m_code, &QLineEdit::textChanged, this, &StepUpDialog::updateButtons);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &StepUpDialog::tick);

    m_thread = std::make_unique<pm::util::WorkerThread>(u"pm-step-up"_s);
    m_runner = m_thread->adopt(new pm::security::StepUpRunner(settings, action));
    connect(m_runner, &pm::security::StepUpRunner::requested, this, &StepUpDialog::onRequested);
    connect(m_runner, &pm::security::StepUpRunner::stateChanged, this, &StepUpDialog::onState);
    connect(m_runner, &pm::security::StepUpRunner::confirmed, this, &StepUpDialog::onConfirmed);
    connect(m_runner, &pm::security::StepUpRunner::unavailable, this,
            [this](const QString& message) { showProblem(tr("The database cannot be reached: %1").arg(message)); });
    m_thread->start();
    QMetaObject::invokeMethod(m_runner, &pm::security::StepUpRunner::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_runner, &pm::security::StepUpRunner::requestCode, Qt::QueuedConnection);
    updateButtons();
    resize(460, sizeHint().height());
}

StepUpDialog::~StepUpDialog() = default;

void StepUpDialog::onRequested(const pm::security::StepUpRequest& result)
{
    m_busy = false;
    if (result.requested()) {
        m_state = {};
        m_state.status = u"pending"_s;
        m_state.sentTo = result.sentTo;
        m_retryAt = QDateTime::currentDateTimeUtc().addSecs(60);
        m_where->setText(tr("Sending a code to %1…").arg(result.sentTo));
        m_problem->hide();
        m_code->setFocus();
        m_ticker->start();
    } else {
        m_retryAt = result.retryAt;
        showProblem(pm::security::StepUpGateway::describe(result));
        if (!m_state.status.isEmpty() && !waitingForEmail(m_state.status)) {
            m_ticker->start(); // the earlier code may still be good; keep counting it down
        }
    }
    updateButtons();
}

void StepUpDialog::onState(const pm::security::ChallengeState& state)
{
    const QString before = m_state.status;
    m_state = state;
    m_sinceState.start();
    if (state.status == u"delivered"_s) {
        m_where->setText(tr("A code was sent to %1.").arg(state.sentTo));
        m_attempts->setText(tr("%n attempt(s) left", nullptr, state.attemptsLeft));
    } else if (waitingForEmail(state.status)) {
        m_where->setText(tr("Sending a code to %1…").arg(state.sentTo));
    } else if (state.status != before) {
        if (state.status == u"delivery_failed"_s) {
            showProblem(tr("The code could not be emailed: %1. Send a new code when the email service is back.")
                            .arg(state.deliveryError));
        } else if (state.status == u"delivery_unknown"_s) {
            showProblem(tr("It is not known whether the code was emailed. Send a new code."));
        } else if (state.status == u"exhausted"_s) {
            showProblem(tr("No attempts left for this code. Send a new code."));
        } else if (state.status == u"superseded"_s) {
            showProblem(tr("A newer code was requested; this one no longer works."));
        } else if (state.status == u"expired"_s) {
            showProblem(tr("The code has expired. Send a new code."));
        } else if (state.status == u"locked"_s) {
            showProblem(tr("Step-up is locked after too many wrong codes."));
        }
    }
    tick();
    updateButtons();
}

void StepUpDialog::onConfirmed(const pm::security::StepUpConfirmation& result)
{
    m_busy = false;
    if (result.performed() || result.outcome == u"awaiting_approval"_s) {
        m_confirmation = result;
        m_ticker->stop();
        accept();
        return;
    }
    showProblem(pm::security::StepUpGateway::describe(result));
    if (result.attemptsLeft) {
        m_attempts->setText(tr("%n attempt(s) left", nullptr, *result.attemptsLeft));
    }
    m_code->selectAll();
    m_code->setFocus();
    updateButtons();
}

void StepUpDialog::submit()
{
    if (m_busy || !m_confirm->isEnabled()) {
        return;
    }
    const auto code = pm::security::StepUpGateway::normalizedCode(m_code->text());
    if (!code) {
        showProblem(tr("The code is 8 digits, as in the email."));
        return;
    }
    m_busy = true;
    m_problem->hide();
    updateButtons();
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, code = *code] { runner->confirm(code); }, Qt::QueuedConnection);
}

void StepUpDialog::requestNewCode()
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_problem->hide();
    m_where->setText(tr("Asking for a new code…"));
    // Cleared now, not when the answer comes: a code typed meanwhile (the email can be faster than
    // this window's event queue) is the new one and stays.
    m_code->clear();
    updateButtons();
    QMetaObject::invokeMethod(m_runner, &pm::security::StepUpRunner::requestCode, Qt::QueuedConnection);
}

void StepUpDialog::tick()
{
    m_expired = false;
    if (m_state.status == u"delivered"_s && m_state.expiresAt.isValid() && m_state.serverNow.isValid()) {
        const qint64 left
            = m_state.serverNow.msecsTo(m_state.expiresAt) - (m_sinceState.isValid() ? m_sinceState.elapsed() : 0);
        if (left > 0) {
            const qint64 s = (left + 999) / 1000;
            m_countdown->setText(tr("Valid for %1:%2 more").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0')));
        } else {
            m_expired = true;
            m_countdown->setText(tr("The code has expired. Send a new code."));
        }
    } else {
        m_countdown->clear();
    }
    updateButtons();
}

void StepUpDialog::updateButtons()
{
    const bool usable = m_state.status == u"delivered"_s && !m_expired;
    m_confirm->setEnabled(!m_busy && usable && !m_code->text().trimmed().isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool cooling = m_retryAt.isValid() && now < m_retryAt;
    m_resend->setEnabled(!m_busy && !cooling);
    m_resend->setText(cooling ? tr("Send a new code (%1 s)").arg(now.secsTo(m_retryAt) + 1) : tr("Send a new code"));
}

void StepUpDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace pm::ui
