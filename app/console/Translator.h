#pragma once

#include <QString>
#include <QStringList>

namespace pm::app
{

/// Installs the Qt and console translations for the first of the user's UI languages we ship.
class Translator final
{
public:
    /// @p forced overrides the system languages (for --lang and PM_LANG). Returns the language used.
    static QString install(const QString& forced = {});
    /// Languages available from the embedded resources, e.g. {"en", "de"}.
    static QStringList available();

private:
    static void installEnglishPlurals();
};

} // namespace pm::app
