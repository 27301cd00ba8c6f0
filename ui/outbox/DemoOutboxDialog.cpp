#include "outbox/DemoOutboxDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pm::ui
{

DemoOutboxDialog::DemoOutboxDialog(Source source, QWidget* parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_table(new QTableWidget(0, 4, this))
{
    setObjectName(u"demoOutbox"_s);
    setWindowTitle(tr("Demo email outbox"));
    auto* intro = new QLabel(tr("Emails the demo sent through its local Loops mock. In the demo nothing leaves this "
                                "computer; with a real Loops account these go to the recipients."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("To"), tr("Template"), tr("Data")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &DemoOutboxDialog::refresh);
    timer->start(2000);
    refresh();
}

void DemoOutboxDialog::refresh()
{
    QList<OutboxMail> mails = m_source ? m_source() : QList<OutboxMail> {};
    std::sort(mails.begin(), mails.end(), [](const OutboxMail& a, const OutboxMail& b) { return a.at > b.at; });
    m_table->setRowCount(static_cast<int>(mails.size()));
    for (int r = 0; r < mails.size(); ++r) {
        const OutboxMail& m = mails.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(QLocale().toString(m.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(r, 1, new QTableWidgetItem(m.to));
        m_table->setItem(r, 2, new QTableWidgetItem(m.templateId));
        m_table->setItem(
            r, 3, new QTableWidgetItem(QString::fromUtf8(QJsonDocument(m.variables).toJson(QJsonDocument::Compact))));
    }
}

} // namespace pm::ui
