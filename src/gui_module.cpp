// The `scorecard-gui` module: the desktop app, loaded by src/main.cpp when no
// subcommand is given.
#include "app/gui_main.h"

extern "C" __attribute__((visibility("default"))) int scorecard_module_main(int argc, char **argv)
{
    return sc::runGui(argc, argv);
}
