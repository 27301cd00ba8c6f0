// pmconsole: the desktop console. Everything it does lives in ConsoleApplication, pm_ui and pm_core.
#include "ConsoleApplication.h"

int main(int argc, char* argv[])
{
    pm::app::ConsoleApplication app(argc, argv);
    return app.run();
}
