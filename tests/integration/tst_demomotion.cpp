// What the demo's clips show, measured on decoded frames: the Segmind emulator
// films the camera move the prompt names ("pan left" slides the picture left,
// "push in" enlarges it), two seeds give visibly different clips, the same
// seed and prompt give the same clip again, and identical requests share one
// encode. Driven over loopback HTTP like the app; frames decoded by ffmpeg.

#include "emulatorfixture.h"
#include "mediaprobe.h"
#include "testimages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using wan::test::EmulatorFixture;

namespace {

constexpr int AnswerTimeoutMs = 30'000;
constexpr int RunTimeoutMs = 90'000;
constexpr QSize Frame(832, 480); // 480p 16:9, the model's default
constexpr int LastFrame = 80;    // 81 frames, the default

// Two white vertical bars (at 35 % and 65 % of the width) and two light
// horizontal ones (35 % and 65 % of the height) on a dark ground: where they
// are and how far apart, in any frame, tells how the camera moved.
QImage markerImage()
{
    QImage image(Frame, QImage::Format_RGB32);
    image.fill(QColor(28, 28, 28));
    QPainter painter(&image);
    painter.fillRect(QRect(291 - 7, 0, 14, Frame.height()), Qt::white);
    painter.fillRect(QRect(541 - 7, 0, 14, Frame.height()), Qt::white);
    painter.fillRect(QRect(0, 168 - 6, Frame.width(), 12), QColor(200, 200, 200));
    painter.fillRect(QRect(0, 312 - 6, Frame.width(), 12), QColor(200, 200, 200));
    return image;
}

struct Markers {
    double centreX = 0; // the two vertical bars' midpoint, in pixels
    double spacingX = 0;
    double centreY = 0; // the two horizontal bars' midpoint
    double spacingY = 0;
    QString problem;
};

// The centres of the bright runs of a brightness profile (one value per column or row).
QList<double> brightRuns(const QList<double> &profile)
{
    const auto [low, high] = std::minmax_element(profile.begin(), profile.end());
    const double threshold = (*low + *high) / 2;
    QList<double> centres;
    double weight = 0;
    double moment = 0;
    for (qsizetype i = 0; i <= profile.size(); ++i) {
        const double above = i < profile.size() ? profile.at(i) - threshold : 0.0;
        if (above > 0) {
            weight += above;
            moment += above * double(i);
        } else if (weight > 0) {
            centres.append(moment / weight);
            weight = moment = 0;
        }
    }
    return centres;
}

Markers findMarkers(const QImage &frame)
{
    QList<double> columns(frame.width(), 0.0);
    QList<double> rows(frame.height(), 0.0);
    for (int y = 0; y < frame.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(frame.constScanLine(y));
        for (int x = 0; x < frame.width(); ++x) {
            const double gray = qGray(line[x]);
            columns[x] += gray / frame.height();
            rows[y] += gray / frame.width();
        }
    }
    Markers markers;
    const QList<double> xs = brightRuns(columns);
    const QList<double> ys = brightRuns(rows);
    if (xs.size() != 2 || ys.size() != 2) {
        markers.problem = QStringLiteral("expected 2 + 2 bars, found %1 + %2").arg(xs.size()).arg(ys.size());
        return markers;
    }
    markers.centreX = (xs[0] + xs[1]) / 2;
    markers.spacingX = xs[1] - xs[0];
    markers.centreY = (ys[0] + ys[1]) / 2;
    markers.spacingY = ys[1] - ys[0];
    return markers;
}

// Mean absolute difference per channel, 0-255: 0 for the same picture.
double meanDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 255;
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            sum += std::abs(qRed(la[x]) - qRed(lb[x])) + std::abs(qGreen(la[x]) - qGreen(lb[x]))
                + std::abs(qBlue(la[x]) - qBlue(lb[x]));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

// What a person compares side by side: the picture at an eighth of its size
// (smoothly), so a shift of a few pixels over fine noise does not count as a
// different clip, but a different framing, move or grade does.
QImage atAGlance(const QImage &frame)
{
    return frame.scaled(frame.size() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

double meanGray(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            sum += qGray(line[x]);
    }
    return sum / (double(image.width()) * image.height());
}

QString describe(const Markers &m)
{
    return QStringLiteral("centre (%1, %2) spacing (%3, %4)")
        .arg(m.centreX, 0, 'f', 1)
        .arg(m.centreY, 0, 'f', 1)
        .arg(m.spacingX, 0, 'f', 1)
        .arg(m.spacingY, 0, 'f', 1);
}

} // namespace

class DemoMotionTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void cameraWords_moveThePicture_data();
    void cameraWords_moveThePicture();
    void staticShot_holdsStill_butTheLightBreathes();
    void handheld_shakesWithoutDrifting();
    void twoSeeds_lookClearlyDifferent_data();
    void twoSeeds_lookClearlyDifferent();
    void sameSeedAndPrompt_giveTheSameClip_evenFromAFreshEmulator();
    void identicalRequests_shareOneEncode_andAMissingSeedIsSeedOne();

private:
    // Uploads image (once per emulator and image), runs prompt/seed, downloads the clip.
    // Empty with *why set when anything on the way fails.
    QString makeClip(EmulatorFixture &emulator, const QImage &image, const QString &prompt, std::optional<qint64> seed,
                     QString *why);
    QJsonObject call(EmulatorFixture &emulator, const QByteArray &method, const QUrl &url, const QJsonObject &body,
                     QByteArray *raw = nullptr);
    int encodesStarted(EmulatorFixture &emulator) { return emulator.stats().value(QStringLiteral("encodesStarted")).toInt(-1); }

    EmulatorFixture m_emulator;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    int m_clips = 0;
};

void DemoMotionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(wan::test::haveFfprobe() && !QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty(),
             "ffmpeg and ffprobe (package ffmpeg) are needed");
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("20")}));
}

QJsonObject DemoMotionTest::call(EmulatorFixture &emulator, const QByteArray &method, const QUrl &url,
                                 const QJsonObject &body, QByteArray *raw)
{
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", emulator.apiKey().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        m_network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, AnswerTimeoutMs))
        reply->abort();
    const QByteArray bytes = reply->readAll();
    if (raw)
        *raw = reply->error() == QNetworkReply::NoError ? bytes : QByteArray();
    return QJsonDocument::fromJson(bytes).object();
}

QString DemoMotionTest::makeClip(EmulatorFixture &emulator, const QImage &image, const QString &prompt,
                                 std::optional<qint64> seed, QString *why)
{
    QUrl api = emulator.apiBase();
    api.setPath(QStringLiteral("/upload-asset"));
    const QString dataUrl = QStringLiteral("data:image/png;base64,")
        + QString::fromLatin1(wan::test::encode(image, "PNG").toBase64());
    const QString imageUrl = call(emulator, "POST", api, {{QStringLiteral("data_urls"), QJsonArray{dataUrl}}})
                                 .value(QStringLiteral("file_urls"))
                                 .toArray()
                                 .first()
                                 .toString();
    QJsonObject body{{QStringLiteral("image"), imageUrl}, {QStringLiteral("prompt"), prompt}};
    if (seed)
        body.insert(QStringLiteral("seed"), *seed);
    api.setPath(QStringLiteral("/v2/wan-2.2-i2v-fast"));
    const QJsonObject ticket = call(emulator, "POST", api, body);
    const QUrl statusUrl(ticket.value(QStringLiteral("status_url")).toString());
    if (imageUrl.isEmpty() || statusUrl.isEmpty()) {
        *why = QStringLiteral("upload or submission refused: ") + QString::fromUtf8(emulator.output().right(1000));
        return {};
    }
    QString status;
    const bool ended = QTest::qWaitFor(
        [&] {
            status = call(emulator, "GET", statusUrl, {}).value(QStringLiteral("status")).toString();
            return status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED");
        },
        RunTimeoutMs);
    if (!ended || status != QLatin1String("COMPLETED")) {
        *why = QStringLiteral("the run ended %1: ").arg(status) + QString::fromUtf8(emulator.output().right(1000));
        return {};
    }
    const QUrl output(call(emulator, "GET", QUrl(ticket.value(QStringLiteral("response_url")).toString()), {})
                          .value(QStringLiteral("output"))
                          .toString());
    QByteArray video;
    call(emulator, "GET", output, {}, &video);
    const QString path = m_dir.filePath(QStringLiteral("clip%1.mp4").arg(++m_clips));
    QFile file(path);
    if (video.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(video) != video.size()) {
        *why = QStringLiteral("the clip could not be downloaded to ") + path;
        return {};
    }
    return path;
}

void DemoMotionTest::cameraWords_moveThePicture_data()
{
    // Expected change from the first to the last frame, in fractions of the frame:
    // the bars' midpoint (x, y; the sign says which way, 0 = stays put) and their
    // spacing (> 1 grows, < 1 shrinks). The slowest plan a seed can choose moves
    // 8 % (pans, tilts), 10 % (orbit) or zooms 10 % (push, pull); 4 % is a clear
    // move, and 1.5 % what "stays put" may wobble (zoompan places on half pixels).
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<qint64>("seed");
    QTest::addColumn<int>("dx");
    QTest::addColumn<int>("dy");
    QTest::addColumn<double>("spacing");
    QTest::newRow("push in") << QStringLiteral("Slow push-in on the crossing") << qint64(3) << 0 << 0 << 1.08;
    QTest::newRow("zoom in") << QStringLiteral("ZOOM IN on the crossing") << qint64(8) << 0 << 0 << 1.08;
    QTest::newRow("pull back") << QStringLiteral("the camera pulls back") << qint64(4) << 0 << 0 << 1 / 1.08;
    QTest::newRow("pan left") << QStringLiteral("pan left across the bars") << qint64(5) << -1 << 0 << 1.0;
    QTest::newRow("Pan Left, other seed") << QStringLiteral("Pan Left") << qint64(6) << -1 << 0 << 1.0;
    QTest::newRow("pan right") << QStringLiteral("pan right across the bars") << qint64(7) << 1 << 0 << 1.0;
    QTest::newRow("tilt up") << QStringLiteral("tilt up") << qint64(9) << 0 << -1 << 1.0;
    QTest::newRow("tilt down") << QStringLiteral("tilt down") << qint64(10) << 0 << 1 << 1.0;
    QTest::newRow("orbit left") << QStringLiteral("orbit left around the crossing") << qint64(11) << -1 << 0 << 1.02;
    QTest::newRow("orbit right") << QStringLiteral("orbits to the right") << qint64(12) << 1 << 0 << 1.02;
}

void DemoMotionTest::cameraWords_moveThePicture()
{
    QFETCH(QString, prompt);
    QFETCH(qint64, seed);
    QFETCH(int, dx);
    QFETCH(int, dy);
    QFETCH(double, spacing);
    QString why;
    const QString clip = makeClip(m_emulator, markerImage(), prompt, seed, &why);
    QVERIFY2(!clip.isEmpty(), qPrintable(why));
    const wan::test::MediaFacts facts = wan::test::probeVideo(clip);
    QCOMPARE(facts.frames, LastFrame + 1);
    QCOMPARE(facts.size, Frame);
    QCOMPARE(facts.fps, 16.0);

    const QList<QImage> frames = wan::test::decodeFrames(clip, {0, LastFrame}, &why);
    QVERIFY2(frames.size() == 2, qPrintable(why));
    const Markers first = findMarkers(frames[0]);
    const Markers last = findMarkers(frames[1]);
    QVERIFY2(first.problem.isEmpty() && last.problem.isEmpty(), qPrintable(first.problem + last.problem));
    const QString seen = QStringLiteral("first %1, last %2").arg(describe(first), describe(last));

    const auto checkShift = [&](double delta, int sign, int size) {
        if (sign == 0)
            return std::abs(delta) <= 0.015 * size;
        return delta * sign >= 0.04 * size;
    };
    QVERIFY2(checkShift(last.centreX - first.centreX, dx, Frame.width()), qPrintable(seen));
    QVERIFY2(checkShift(last.centreY - first.centreY, dy, Frame.height()), qPrintable(seen));
    const double grewX = last.spacingX / first.spacingX;
    const double grewY = last.spacingY / first.spacingY;
    // A zoom scales both axes alike; a pan or tilt scales neither.
    QVERIFY2(std::abs(grewX - grewY) < 0.02, qPrintable(seen));
    if (spacing > 1.0)
        QVERIFY2(grewX >= spacing, qPrintable(seen));
    else if (spacing < 1.0)
        QVERIFY2(grewX <= spacing, qPrintable(seen));
    else
        QVERIFY2(std::abs(grewX - 1.0) < 0.02, qPrintable(seen));
}

void DemoMotionTest::staticShot_holdsStill_butTheLightBreathes()
{
    QString why;
    const QString clip = makeClip(m_emulator, markerImage(), QStringLiteral("Static shot, locked-off"), 21, &why);
    QVERIFY2(!clip.isEmpty(), qPrintable(why));
    const QList<QImage> frames = wan::test::decodeFrames(clip, {0, 20, 40, 60, LastFrame}, &why);
    QVERIFY2(frames.size() == 5, qPrintable(why));
    const Markers first = findMarkers(frames[0]);
    double darkest = 255;
    double brightest = 0;
    for (const QImage &frame : frames) {
        const Markers now = findMarkers(frame);
        QVERIFY2(now.problem.isEmpty(), qPrintable(now.problem));
        QVERIFY2(std::abs(now.centreX - first.centreX) < 0.5 && std::abs(now.centreY - first.centreY) < 0.5
                     && std::abs(now.spacingX - first.spacingX) < 0.5,
                 qPrintable(describe(first) + QStringLiteral(" / ") + describe(now)));
        darkest = std::min(darkest, meanGray(frame));
        brightest = std::max(brightest, meanGray(frame));
    }
    // Alive, but subtly: the breathing reaches +-2 % of the brightness range.
    QVERIFY2(brightest - darkest > 1.0 && brightest - darkest < 15.0,
             qPrintable(QStringLiteral("%1..%2").arg(darkest).arg(brightest)));
}

void DemoMotionTest::handheld_shakesWithoutDrifting()
{
    QString why;
    const QString clip = makeClip(m_emulator, markerImage(), QStringLiteral("handheld, walking"), 22, &why);
    QVERIFY2(!clip.isEmpty(), qPrintable(why));
    QList<int> indices;
    for (int i = 0; i <= LastFrame; i += 4)
        indices.append(i);
    const QList<QImage> frames = wan::test::decodeFrames(clip, indices, &why);
    QVERIFY2(frames.size() == indices.size(), qPrintable(why));
    QList<Markers> seen;
    for (const QImage &frame : frames) {
        seen.append(findMarkers(frame));
        QVERIFY2(seen.constLast().problem.isEmpty(), qPrintable(seen.constLast().problem));
    }
    const auto spread = [&seen](double Markers::*field) {
        double low = seen.first().*field;
        double high = low;
        for (const Markers &m : std::as_const(seen)) {
            low = std::min(low, m.*field);
            high = std::max(high, m.*field);
        }
        return high - low;
    };
    // It shakes on both axes (by pixels, not a sub-pixel shimmer), stays within a
    // small reach (3 % of the frame) and does not zoom.
    const QString what = QStringLiteral("x spread %1, y spread %2").arg(spread(&Markers::centreX)).arg(spread(&Markers::centreY));
    QVERIFY2(spread(&Markers::centreX) > 2.0 && spread(&Markers::centreX) < 0.03 * Frame.width(), qPrintable(what));
    QVERIFY2(spread(&Markers::centreY) > 2.0 && spread(&Markers::centreY) < 0.03 * Frame.height(), qPrintable(what));
    QVERIFY2(spread(&Markers::spacingX) < 2.0, qPrintable(what));
}

void DemoMotionTest::twoSeeds_lookClearlyDifferent_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QList<qint64>>("seeds");
    // The Variations dialog's consecutive seeds, with and without a camera word.
    QTest::newRow("no camera word") << QStringLiteral("a quiet harbour at dusk, gulls circling") << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("pan left") << QStringLiteral("pan left across the harbour") << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("random seeds") << QStringLiteral("a quiet harbour at dusk") << QList<qint64>{1804289383, 846930886};
}

void DemoMotionTest::twoSeeds_lookClearlyDifferent()
{
    QFETCH(QString, prompt);
    QFETCH(QList<qint64>, seeds);
    const QImage photo = wan::test::photoLikeImage(Frame, 11);
    const QList<int> sampled{20, 40, 60, LastFrame};
    QList<QList<QImage>> clips;
    for (qint64 seed : std::as_const(seeds)) {
        QString why;
        const QString clip = makeClip(m_emulator, photo, prompt, seed, &why);
        QVERIFY2(!clip.isEmpty(), qPrintable(why));
        QList<QImage> frames = wan::test::decodeFrames(clip, sampled, &why);
        QVERIFY2(frames.size() == sampled.size(), qPrintable(why));
        for (QImage &frame : frames)
            frame = atAGlance(frame);
        clips.append(frames);
    }
    // Side by side, over the clip's second half-and-more. For scale, on this
    // picture at a glance: the same clip made twice differs by 0; moving the
    // whole picture 4 px by 1.8, 32 px (4 % of the width) by 9; a 10 % zoom by
    // 9.5; a warm or cool grade alone by 6-7, teal-orange or faded by 13-14.
    // 6 is a difference a person sees at once; a seed that only nudged the
    // speed or the tint would stay below it.
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        for (qsizetype j = i + 1; j < seeds.size(); ++j) {
            double difference = 0;
            for (qsizetype f = 0; f < sampled.size(); ++f)
                difference += meanDifference(clips[i][f], clips[j][f]) / double(sampled.size());
            QVERIFY2(difference > 6.0, qPrintable(QStringLiteral("seeds %1 and %2 differ by only %3")
                                                      .arg(seeds[i])
                                                      .arg(seeds[j])
                                                      .arg(difference)));
        }
    }
}

void DemoMotionTest::sameSeedAndPrompt_giveTheSameClip_evenFromAFreshEmulator()
{
    const QImage photo = wan::test::photoLikeImage(Frame, 12);
    const QString prompt = QStringLiteral("orbit around the harbour, golden light");
    QString why;
    const QString here = makeClip(m_emulator, photo, prompt, 777, &why);
    QVERIFY2(!here.isEmpty(), qPrintable(why));
    // Another emulator, with its own data directory: nothing cached, encoded anew.
    EmulatorFixture fresh;
    QVERIFY(fresh.start({QStringLiteral("--latency-ms"), QStringLiteral("20")}));
    const QString there = makeClip(fresh, photo, prompt, 777, &why);
    QVERIFY2(!there.isEmpty(), qPrintable(why));
    QCOMPARE(encodesStarted(fresh), 1);

    const QList<QImage> a = wan::test::decodeFrames(here, {0, 40, LastFrame}, &why);
    const QList<QImage> b = wan::test::decodeFrames(there, {0, 40, LastFrame}, &why);
    QVERIFY2(a.size() == 3 && b.size() == 3, qPrintable(why));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(meanDifference(a[i], b[i]), 0.0);
    // Better still: the same bytes (ffmpeg and x264 are deterministic for equal arguments).
    QFile hereFile(here);
    QFile thereFile(there);
    QVERIFY(hereFile.open(QIODevice::ReadOnly) && thereFile.open(QIODevice::ReadOnly));
    QVERIFY(hereFile.readAll() == thereFile.readAll());
}

void DemoMotionTest::identicalRequests_shareOneEncode_andAMissingSeedIsSeedOne()
{
    const QImage photo = wan::test::photoLikeImage(Frame, 13);
    const QString prompt = QStringLiteral("tilt down over the market");
    const int before = encodesStarted(m_emulator);
    QVERIFY(before >= 0);
    QString why;
    const QString one = makeClip(m_emulator, photo, prompt, 5, &why);
    QVERIFY2(!one.isEmpty(), qPrintable(why));
    const QString again = makeClip(m_emulator, photo, prompt, 5, &why);
    QVERIFY2(!again.isEmpty(), qPrintable(why));
    QCOMPARE(encodesStarted(m_emulator), before + 1);
    const QString otherSeed = makeClip(m_emulator, photo, prompt, 6, &why);
    QVERIFY2(!otherSeed.isEmpty(), qPrintable(why));
    QCOMPARE(encodesStarted(m_emulator), before + 2);

    // No seed: the model's documented default (1) is used, and that is the clip it films.
    const QString seedOne = makeClip(m_emulator, photo, prompt, 1, &why);
    QVERIFY2(!seedOne.isEmpty(), qPrintable(why));
    const QString noSeed = makeClip(m_emulator, photo, prompt, std::nullopt, &why);
    QVERIFY2(!noSeed.isEmpty(), qPrintable(why));
    QCOMPARE(encodesStarted(m_emulator), before + 3);
    QFile seedOneFile(seedOne);
    QFile noSeedFile(noSeed);
    QVERIFY(seedOneFile.open(QIODevice::ReadOnly) && noSeedFile.open(QIODevice::ReadOnly));
    QVERIFY(seedOneFile.readAll() == noSeedFile.readAll());
    // The stats name what each run filmed: the prompt's move and seed's grade reached the video.
    const QJsonArray jobs = m_emulator.stats().value(QStringLiteral("jobs")).toArray();
    QVERIFY(!jobs.isEmpty());
    QVERIFY2(jobs.last().toObject().value(QStringLiteral("motion")).toString().startsWith(QLatin1String("tilt-down ")),
             qPrintable(jobs.last().toObject().value(QStringLiteral("motion")).toString()));
}

QTEST_MAIN(DemoMotionTest)
#include "tst_demomotion.moc"
