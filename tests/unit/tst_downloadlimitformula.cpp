// The download limit of a clip follows the formula stated in
// api/downloadlimit.h and SECURITY.md, from the parameters actually sent.

#include "api/downloadlimit.h"
#include "core/modeldescription.h"

#include <QJsonObject>
#include <QTest>

using wan::api::DownloadLimit;
using wan::core::ModelDescription;

class TestDownloadLimitFormula final : public QObject
{
    Q_OBJECT

private slots:
    void formula_isTheStatedOne();
    void defaults_giveTheLimitOf480pAt81FramesAnd16Fps();
    void largerClips_getLargerLimits();
    void unusableValues_countAsTheLargestTheModelAllows();
};

void TestDownloadLimitFormula::formula_isTheStatedOne()
{
    constexpr qint64 MiB = 1024 * 1024;
    // 16 MiB + w x h x frames x 1 byte + ceil(frames / fps) x 256 KiB
    QCOMPARE(DownloadLimit::bytesFor(QSize(832, 480), 81, 16), 16 * MiB + qint64(832) * 480 * 81 + 6 * 256 * 1024);
    QCOMPARE(DownloadLimit::bytesFor(QSize(1280, 720), 100, 5), 16 * MiB + qint64(1280) * 720 * 100 + 20 * 256 * 1024);
    // A tiny clip still gets the floor.
    QCOMPARE(DownloadLimit::bytesFor(QSize(1, 1), 1, 1), 16 * MiB + 1 + 256 * 1024);
}

void TestDownloadLimitFormula::defaults_giveTheLimitOf480pAt81FramesAnd16Fps()
{
    const ModelDescription &model = ModelDescription::wan22ImageToVideo();
    QCOMPARE(DownloadLimit::forClip(model, {}), DownloadLimit::bytesFor(QSize(832, 480), 81, 16));
    QCOMPARE(DownloadLimit::forClip(model, model.defaults()), DownloadLimit::bytesFor(QSize(832, 480), 81, 16));
}

void TestDownloadLimitFormula::largerClips_getLargerLimits()
{
    const ModelDescription &model = ModelDescription::wan22ImageToVideo();
    const QJsonObject big{{QStringLiteral("resolution"), QStringLiteral("720p")},
                          {QStringLiteral("aspect_ratio"), QStringLiteral("9:16")},
                          {QStringLiteral("num_frames"), 100},
                          {QStringLiteral("frames_per_second"), 5}};
    QCOMPARE(DownloadLimit::forClip(model, big), DownloadLimit::bytesFor(QSize(720, 1280), 100, 5));
    QVERIFY(DownloadLimit::forClip(model, big) > DownloadLimit::forClip(model, {}));
    QVERIFY(DownloadLimit::forClip(model, {{QStringLiteral("num_frames"), 100}}) > DownloadLimit::forClip(model, {}));
    QVERIFY(DownloadLimit::forClip(model, {{QStringLiteral("frames_per_second"), 5}}) > DownloadLimit::forClip(model, {}));
}

void TestDownloadLimitFormula::unusableValues_countAsTheLargestTheModelAllows()
{
    const ModelDescription &model = ModelDescription::wan22ImageToVideo();
    const qint64 most = DownloadLimit::forClip(model, {{QStringLiteral("num_frames"), 100}, {QStringLiteral("frames_per_second"), 5}});
    QCOMPARE(DownloadLimit::forClip(model, {{QStringLiteral("num_frames"), QStringLiteral("many")},
                                            {QStringLiteral("frames_per_second"), 0}}),
             most);
    // Out of range is not taken at its word either: a record cannot make the limit endless.
    QCOMPARE(DownloadLimit::forClip(model, {{QStringLiteral("num_frames"), 1000000}, {QStringLiteral("frames_per_second"), 5}}), most);
}

QTEST_GUILESS_MAIN(TestDownloadLimitFormula)
#include "tst_downloadlimitformula.moc"
