#include "studioapp.h"

#include "api/segmindclient.h"
#include "core/apikeystore.h"
#include "core/settings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QNetworkAccessManager>

namespace wan::ui {

int runStudio(int argc, char *argv[])
{
    QApplication app(argc, argv);
    core::applyApplicationIdentity();
    const bool demo = qEnvironmentVariableIntValue("WANSTUDIO_DEMO") == 1;

    core::Settings settings;
    QNetworkAccessManager network;
    api::SegmindClient client(&network, settings.endpoints());
    core::ApiKeyStore keys;

    MainWindow window(demo);
    window.setServiceDescription(demo
        ? MainWindow::tr("Local demo: talking to the Segmind emulator at %1. No AI runs and no real credits are used.")
              .arg(client.endpoints().apiBase().toDisplayString())
        : MainWindow::tr("Segmind service at %1").arg(client.endpoints().apiBase().toDisplayString()));
    QObject::connect(&client, &api::SegmindClient::creditsObserved, &window, &MainWindow::setCredits);
    window.show();

    keys.resolve([&client, &window](const core::KeyLookup &lookup) {
        if (!lookup.key) {
            window.setCreditsUnavailable(lookup.keychainAvailable ? MainWindow::tr("no API key set") : lookup.problem);
            return;
        }
        client.setApiKey(*lookup.key);
        client.fetchCredits(&window, [&window](api::Outcome<double> outcome) {
            if (!outcome.ok())
                window.setCreditsUnavailable(outcome.error.message);
        });
    });
    return app.exec();
}

} // namespace wan::ui
