#include "security/ExportDialog.h"

#include "security/CsvExportWriter.h"
#include "security/PdfExportWriter.h"
#include "security/StepUpAction.h"
#include "security/StepUpDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pm::ui
{

namespace
{
struct WriteResult
{
    bool ok = false;
    QString error;
};
} // namespace

ExportDialog::ExportDialog(const pm::store::ConnectionSettings& settings, const QString& operatorLabel, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_operatorLabel(operatorLabel)
{
    setWindowTitle(tr("Export data"));
    setObjectName(u"exportDialog"_s);
    auto* form = new QFormLayout;
    m_dataset = new QComboBox(this);
    m_dataset->setObjectName(u"exportDataset"_s);
    m_dataset->addItem(tr("Tenant revenue"), u"tenant_revenue"_s);
    m_dataset->addItem(tr("Audit log"), u"audit_log"_s);
    m_dataset->addItem(tr("Incident history (warnings and criticals)"), u"incident_history"_s);
    form->addRow(tr("&Data:"), m_dataset);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("CSV (spreadsheet)"), u"csv"_s);
    m_format->addItem(tr("PDF (report)"), u"pdf"_s);
    form->addRow(tr("&Format:"), m_format);

    m_range = new QCheckBox(tr("Only from"), this);
    m_range->setObjectName(u"exportRange"_s);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(u"exportFrom"_s);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"exportTo"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    auto* range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    form->addRow(tr("Period:"), range);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPath"_s);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    form->addRow(tr("Save as:"), where);

    auto* note = new QLabel(tr("Exports are high-sensitivity: each one needs a one-time code and is recorded in "
                               "the audit log with what was exported."),
                            this);
    note->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(u"exportResult"_s);
    m_result->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(u"exportRun"_s);
    m_run->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &ExportDialog::start);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_range, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_range, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_dataset, &QComboBox::currentIndexChanged, this, &ExportDialog::datasetChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestPath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    datasetChanged();
    resize(560, sizeHint().height());
}

void ExportDialog::setDataset(const QString& dataset)
{
    const int index = m_dataset->findData(dataset);
    if (index >= 0) {
        m_dataset->setCurrentIndex(index);
    }
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::datasetChanged()
{
    // Tenant revenue is a snapshot of today's contracts: a period does not apply.
    const bool dated = m_dataset->currentData().toString() != u"tenant_revenue"_s;
    m_range->setEnabled(dated);
    if (!dated) {
        m_range->setChecked(false);
    }
    suggestPath();
}

void ExportDialog::suggestPath()
{
    if (m_pathEdited) {
        // Keep the operator's folder and name, follow the format's extension.
        QFileInfo info(outputPath());
        if (!info.fileName().isEmpty()) {
            m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + m_format->currentData().toString()));
        }
        return;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists()) {
        dir = QDir::homePath();
    }
    m_path->setText(QDir(dir).filePath(u"penguinmails-%1-%2.%3"_s.arg(
        m_dataset->currentData().toString().replace(u'_', u'-'), QDate::currentDate().toString(Qt::ISODate),
        m_format->currentData().toString())));
}

void ExportDialog::browse()
{
    const QString format = m_format->currentData().toString();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), outputPath(), format == u"pdf"_s ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        m_pathEdited = true;
    }
}

QJsonObject ExportDialog::filters() const
{
    QJsonObject f;
    if (m_range->isChecked()) {
        f.insert(u"from"_s, m_from->date().toString(Qt::ISODate));
        f.insert(u"to"_s, m_to->date().toString(Qt::ISODate));
    }
    return f;
}

void ExportDialog::start()
{
    const QFileInfo target(outputPath());
    if (outputPath().isEmpty() || target.fileName().isEmpty()) {
        m_result->setText(tr("Choose where to save the export."));
        return;
    }
    if (!target.dir().exists()) {
        m_result->setText(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.dir().path())));
        return;
    }
    if (m_range->isChecked() && m_from->date() > m_to->date()) {
        m_result->setText(tr("The period ends before it starts."));
        return;
    }
    const auto action = pm::security::GatedAction::dataExport(m_dataset->currentData().toString(),
                                                              m_format->currentData().toString(), filters());
    if (!m_unsaved.isEmpty() && action.params == m_unsavedParams) {
        onConfirmed(m_unsaved); // confirmed already, only the file failed: no second code needed
        return;
    }
    auto* stepUp = new StepUpDialog(m_settings, action,
                                    tr("Export %1 as %2").arg(m_dataset->currentText(), m_format->currentText()), this);
    stepUp->setAttribute(Qt::WA_DeleteOnClose);
    connect(stepUp, &QDialog::accepted, this, [this, stepUp, params = action.params] {
        m_unsaved = stepUp->confirmation().payload;
        m_unsavedParams = params;
        onConfirmed(m_unsaved);
    });
    m_result->setText(tr("Waiting for the one-time code…"));
    m_run->setEnabled(false);
    connect(stepUp, &QDialog::finished, this, [this](int result) {
        m_run->setEnabled(true);
        if (result != QDialog::Accepted) {
            m_result->setText(tr("Nothing was exported."));
        }
    });
    stepUp->open();
}

void ExportDialog::onConfirmed(const QJsonObject& payload)
{
    const QString path = outputPath();
    const bool pdf = m_format->currentData().toString() == u"pdf"_s;
    const int rows = int(payload.value(u"rows"_s).toArray().size());
    const QString title = m_dataset->currentText();
    QString subtitle = tr("Exported by %1 on %2")
                           .arg(m_operatorLabel, QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat));
    if (m_range->isChecked()) {
        subtitle += tr(", %1 to %2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    }
    subtitle += tr(" — directional internal decision support");
    m_result->setText(tr("Writing %n row(s)…", nullptr, rows));
    m_run->setEnabled(false);
    auto* watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher, path, rows] {
        const WriteResult written = watcher->result();
        watcher->deleteLater();
        m_run->setEnabled(true);
        if (!written.ok) {
            // The rows stay in memory: saving again (elsewhere) needs no new code.
            m_result->setText(tr("The export was confirmed but the file could not be written: %1. Choose another "
                                 "place and press Export again; no new code is needed.")
                                  .arg(written.error));
            return;
        }
        m_unsaved = {};
        m_result->setText(tr("Exported %n row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported(path, rows);
    });
    watcher->setFuture(QtConcurrent::run([payload, path, pdf, title, subtitle] {
        WriteResult r;
        r.ok = pdf ? PdfExportWriter::write(payload, title, subtitle, path, &r.error)
                   : pm::security::CsvExportWriter::write(payload, path, &r.error);
        return r;
    }));
}

} // namespace pm::ui
