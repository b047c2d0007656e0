// Colour matching at joins (ExportRequest::matchColour) on real clips: a
// continuation whose colours drifted (here a deliberate shift of each
// channel) is brought back to the colours of the frame it continues, in an
// MP4 (YUV) and in PNG frames (RGB), along a chain of three, and a clip that
// continues nothing keeps its colours.

#include "media/videoexport.h"
#include "mediaprobe.h"
#include "testclips.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using wan::media::ExportClip;
using wan::media::ExportFormat;
using wan::media::ExportRequest;
using wan::media::ExportResult;
using wan::media::VideoExport;

namespace {

using Rgb = std::array<double, 3>;

Rgb meanColour(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    Rgb sum{0, 0, 0};
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *row = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            for (int c = 0; c < 3; ++c)
                sum[size_t(c)] += row[x * 3 + c];
        }
    }
    const double n = double(rgb.width()) * rgb.height();
    for (double &v : sum)
        v /= n > 0 ? n : 1;
    return sum;
}

// The largest difference of the mean of a channel.
double colourDistance(const Rgb &a, const Rgb &b)
{
    double most = 0;
    for (size_t c = 0; c < 3; ++c)
        most = qMax(most, std::abs(a[c] - b[c]));
    return most;
}

QString describe(const Rgb &a, const Rgb &b)
{
    return QStringLiteral("(%1, %2, %3) vs (%4, %5, %6)")
        .arg(a[0], 0, 'f', 1).arg(a[1], 0, 'f', 1).arg(a[2], 0, 'f', 1)
        .arg(b[0], 0, 'f', 1).arg(b[1], 0, 'f', 1).arg(b[2], 0, 'f', 1);
}

} // namespace

class TestExportColour final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void continuation_takesTheColoursOfTheFrameItContinues_data();
    void continuation_takesTheColoursOfTheFrameItContinues();
    void chain_eachJoinMatchesTheCorrectedFrameBefore();
    void noContinuation_keepsTheColours();

private:
    ExportRequest request(const QStringList &clips, ExportFormat format, const QString &out) const;
    // Frames of an export: an MP4 decoded by ffmpeg, or a folder's PNGs.
    QList<QImage> frames(const ExportResult &result, ExportFormat format, const QList<int> &indices) const;

    QTemporaryDir m_dir;
    QString m_a;       // 33 frames, 320x240, 16 fps: the test pattern
    QString m_shifted; // the same pattern, each channel shifted: a continuation that drifted
    QString m_further; // shifted the other way: the next shot drifted again
};

void TestExportColour::initTestCase()
{
    if (!wan::test::haveFfmpeg() || !wan::test::haveFfprobe())
        QSKIP("ffmpeg and ffprobe are needed (packaging/install-deps.sh)");
    QVERIFY(m_dir.isValid());
    m_a = m_dir.filePath(QStringLiteral("a.mp4"));
    m_shifted = m_dir.filePath(QStringLiteral("shifted.mp4"));
    m_further = m_dir.filePath(QStringLiteral("further.mp4"));
    QString problem;
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 33, 16, {}}, m_a, &problem), qPrintable(problem));
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 33, 16, {QStringLiteral("-vf"), QStringLiteral("lutrgb=r=val*0.7:g=val*0.9+20:b=val*0.8+50")}},
                                 m_shifted, &problem),
             qPrintable(problem));
    QVERIFY2(wan::test::makeClip({QSize(320, 240), 33, 16, {QStringLiteral("-vf"), QStringLiteral("lutrgb=r=val*0.8+45:g=val*0.75:b=val*0.9")}},
                                 m_further, &problem),
             qPrintable(problem));
}

ExportRequest TestExportColour::request(const QStringList &clips, ExportFormat format, const QString &out) const
{
    ExportRequest r;
    for (const QString &clip : clips)
        r.clips.append(ExportClip{clip, -1, -1, -1, {}});
    r.format = format;
    r.out = m_dir.filePath(out);
    return r;
}

QList<QImage> TestExportColour::frames(const ExportResult &result, ExportFormat format, const QList<int> &indices) const
{
    if (format == ExportFormat::PngFrames) {
        QList<QImage> images;
        for (const int i : indices)
            images << QImage(QDir(result.out).filePath(QStringLiteral("frame-%1.png").arg(i, 5, 10, QLatin1Char('0'))));
        return images;
    }
    QString problem;
    const QList<QImage> images = wan::test::decodeFrames(result.out, indices, &problem);
    if (images.isEmpty())
        qWarning() << problem;
    return images;
}

void TestExportColour::continuation_takesTheColoursOfTheFrameItContinues_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("mp4") << int(ExportFormat::Mp4);
    QTest::newRow("png") << int(ExportFormat::PngFrames);
}

void TestExportColour::continuation_takesTheColoursOfTheFrameItContinues()
{
    QFETCH(int, format);
    const auto f = ExportFormat(format);
    for (const bool match : {false, true}) {
        ExportRequest r = request({m_a, m_shifted}, f, QStringLiteral("joined-%1-%2").arg(format).arg(match));
        r.clips[1].continuesFrame = 32;
        r.matchColour = match;
        const ExportResult result = VideoExport::run(r);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.frames, 33 + 33 - 1); // the seam rule holds either way
        // Either side of the join: frame 31 is A's, frame 33 the continuation's second (A's last
        // frame and the continuation's first are one picture: a stream copy keeps the later one).
        const QList<QImage> seam = frames(result, f, {31, 33});
        QCOMPARE(seam.size(), 2);
        const Rgb continued = meanColour(seam.at(0));
        const Rgb after = meanColour(seam.at(1));
        const double distance = colourDistance(continued, after);
        if (match)
            QVERIFY2(distance < 4.0, qPrintable(describe(continued, after)));
        else
            QVERIFY2(distance > 15.0, qPrintable(describe(continued, after)));
    }
}

void TestExportColour::chain_eachJoinMatchesTheCorrectedFrameBefore()
{
    ExportRequest r = request({m_a, m_shifted, m_further}, ExportFormat::PngFrames, QStringLiteral("chain"));
    r.clips[1].continuesFrame = 32;
    r.clips[2].continuesFrame = 32;
    r.matchColour = true;
    const ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, 33 + 32 + 32);
    // A's last (32), the second shot's first shown (33) and last (64), the third's first shown (65).
    const QList<QImage> seams = frames(result, ExportFormat::PngFrames, {32, 33, 64, 65});
    const Rgb first = meanColour(seams.at(0));
    QVERIFY2(colourDistance(first, meanColour(seams.at(1))) < 4.0, qPrintable(describe(first, meanColour(seams.at(1)))));
    QVERIFY2(colourDistance(meanColour(seams.at(2)), meanColour(seams.at(3))) < 4.0,
             qPrintable(describe(meanColour(seams.at(2)), meanColour(seams.at(3)))));
    // The third shot follows the corrected second, so it ends up in the first shot's colours too.
    QVERIFY2(colourDistance(first, meanColour(seams.at(3))) < 5.0, qPrintable(describe(first, meanColour(seams.at(3)))));
}

void TestExportColour::noContinuation_keepsTheColours()
{
    // Nothing says the second clip continues the first: it is another shot, and keeps its colours.
    ExportRequest r = request({m_a, m_shifted}, ExportFormat::Mp4, QStringLiteral("two-shots.mp4"));
    r.matchColour = true;
    const ExportResult result = VideoExport::run(r);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.frames, 66);
    QVERIFY(result.streamCopied); // no picture changed: the clips are copied as they are
    const QList<QImage> seam = frames(result, ExportFormat::Mp4, {32, 33});
    QCOMPARE(seam.size(), 2);
    QVERIFY(colourDistance(meanColour(seam.at(0)), meanColour(seam.at(1))) > 15.0);
    QString problem;
    const QImage original = wan::test::ffmpegFrame(m_shifted, 0, &problem);
    QVERIFY2(!original.isNull(), qPrintable(problem));
    // (ffmpeg converts both a little differently: a point or two, far below the shift.)
    QVERIFY2(colourDistance(meanColour(original), meanColour(seam.at(1))) < 3.0, qPrintable(describe(meanColour(original), meanColour(seam.at(1)))));
}

QTEST_GUILESS_MAIN(TestExportColour)
#include "tst_exportcolour.moc"
