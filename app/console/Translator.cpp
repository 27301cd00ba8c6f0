#include "Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pm::app
{

QStringList Translator::available()
{
    QStringList languages {u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"pmconsole_*.qm"_s}, QDir::Files);
    for (const QString& file : files) {
        const QString lang = file.section(u'_', 1).section(u'.', 0, 0);
        if (!languages.contains(lang)) {
            languages << lang;
        }
    }
    return languages;
}

QString Translator::install(const QString& forced)
{
    QStringList wanted = forced.isEmpty() ? QLocale().uiLanguages() : QStringList {forced};
    for (const QString& candidate : std::as_const(wanted)) {
        const QString lang = QLocale(candidate).name().section(u'_', 0, 0);
        if (lang == u"en"_s || lang == u"C"_s) {
            installEnglishPlurals();
            return u"en"_s;
        }
        auto* app = new QTranslator(QCoreApplication::instance());
        if (!app->load(u"pmconsole_"_s + lang, u":/i18n"_s)) {
            delete app;
            continue;
        }
        QCoreApplication::installTranslator(app);
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
        return lang;
    }
    installEnglishPlurals();
    return u"en"_s;
}

void Translator::installEnglishPlurals()
{
    // The source texts are English, but "%n row(s)" needs the English plural forms, which only
    // the English catalogue holds.
    auto* plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(u"pmconsole_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(plurals);
    } else {
        delete plurals;
    }
}

} // namespace pm::app
