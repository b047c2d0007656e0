// FrameSpill: ping-pong's frames on disk, read back in reverse.

#include "videoexport_p.h"

#include <QDir>

#include <cstring>

namespace wan::media {

namespace {

// The bytes of each plane of a YUV 4:2:0 picture, row by row without padding.
std::array<QSize, 3> planeSizes(QSize size)
{
    const QSize chroma((size.width() + 1) / 2, (size.height() + 1) / 2);
    return { size, chroma, chroma };
}

} // namespace

FrameSpill::FrameSpill(const FfmpegLibraries *ff, QString directory)
    : m_ff(ff)
    , m_directory(std::move(directory))
{
}

FrameSpill::~FrameSpill() = default; // QTemporaryFile removes the file

bool FrameSpill::fail(ExportFailure *failure, const QString &why)
{
    *failure = { ExportResult::Status::WriteFailed,
                 VideoExport::tr("The frames to play back could not be kept in \u201C%1\u201D: %2. Free some space there, or "
                                 "export without ping-pong.")
                     .arg(QDir::toNativeSeparators(m_directory), why) };
    return false;
}

bool FrameSpill::append(const ExportFrame &frame, ExportFailure *failure)
{
    if (!m_file) {
        m_yuv = bool(frame.picture);
        m_size = m_yuv ? QSize(frame.picture->width, frame.picture->height) : frame.image.size();
        m_frameBytes = 0;
        if (m_yuv) {
            for (const QSize &plane : planeSizes(m_size))
                m_frameBytes += qint64(plane.width()) * plane.height();
        } else {
            m_frameBytes = qint64(m_size.width()) * m_size.height() * 4;
        }
        m_file = std::make_unique<QTemporaryFile>(m_directory + QStringLiteral("/.wanstudio-pingpong-XXXXXX"));
        if (!m_file->open())
            return fail(failure, m_file->errorString());
    }
    if (m_yuv) {
        const AVFrame *p = frame.picture.get();
        if (!p || p->width != m_size.width() || p->height != m_size.height() || p->format != AV_PIX_FMT_YUV420P)
            return fail(failure, VideoExport::tr("a picture of another kind"));
        const std::array<QSize, 3> planes = planeSizes(m_size);
        for (int i = 0; i < 3; ++i) {
            for (int y = 0; y < planes[size_t(i)].height(); ++y) {
                const auto *row = reinterpret_cast<const char *>(p->data[i] + qint64(y) * p->linesize[i]);
                if (m_file->write(row, planes[size_t(i)].width()) != planes[size_t(i)].width())
                    return fail(failure, m_file->errorString());
            }
        }
    } else {
        if (frame.image.size() != m_size || frame.image.format() != QImage::Format_RGB32)
            return fail(failure, VideoExport::tr("a picture of another kind"));
        const qint64 row = qint64(m_size.width()) * 4;
        for (int y = 0; y < m_size.height(); ++y) {
            if (m_file->write(reinterpret_cast<const char *>(frame.image.constScanLine(y)), row) != row)
                return fail(failure, m_file->errorString());
        }
    }
    m_kept.push_back({ frame.clip, frame.source });
    return true;
}

bool FrameSpill::at(qsizetype i, ExportFrame *frame, ExportFailure *failure)
{
    if (!m_file || i < 0 || i >= size() || !m_file->flush() || !m_file->seek(qint64(i) * m_frameBytes))
        return fail(failure, m_file ? m_file->errorString() : QString());
    frame->clip = m_kept.at(size_t(i)).clip;
    frame->source = m_kept.at(size_t(i)).source;
    if (m_yuv) {
        AVFrame *p = m_ff->av_frame_alloc();
        frame->picture = takePicture(m_ff, p);
        frame->image = QImage();
        if (!p)
            return fail(failure, describeFfmpegError(m_ff, AVERROR(ENOMEM)));
        p->format = AV_PIX_FMT_YUV420P;
        p->width = m_size.width();
        p->height = m_size.height();
        if (m_ff->av_frame_get_buffer(p, 0) < 0)
            return fail(failure, describeFfmpegError(m_ff, AVERROR(ENOMEM)));
        const std::array<QSize, 3> planes = planeSizes(m_size);
        for (int k = 0; k < 3; ++k) {
            for (int y = 0; y < planes[size_t(k)].height(); ++y) {
                auto *row = reinterpret_cast<char *>(p->data[k] + qint64(y) * p->linesize[k]);
                if (m_file->read(row, planes[size_t(k)].width()) != planes[size_t(k)].width())
                    return fail(failure, m_file->errorString());
            }
        }
    } else {
        frame->picture.reset();
        frame->image = QImage(m_size, QImage::Format_RGB32);
        if (frame->image.isNull())
            return fail(failure, describeFfmpegError(m_ff, AVERROR(ENOMEM)));
        const qint64 row = qint64(m_size.width()) * 4;
        for (int y = 0; y < m_size.height(); ++y) {
            if (m_file->read(reinterpret_cast<char *>(frame->image.scanLine(y)), row) != row)
                return fail(failure, m_file->errorString());
        }
    }
    return true;
}

} // namespace wan::media
