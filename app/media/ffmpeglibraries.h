#pragma once

// FFmpeg's libraries, loaded on first use rather than linked: linking them
// made every start of wanstudio, the window's too, load libavcodec's hundred
// dependencies (53 ms instead of 19 ms for `wanstudio --version`). The
// headers still give every type and constant; the functions come through
// this table, from the libraries whose major versions the headers name
// (libavformat.so.59 with Debian 12's headers), the ones Qt Multimedia's
// FFmpeg backend uses too. Private to app/media.

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <QString>

namespace wan::media {

// Every FFmpeg function app/media calls; a new call needs a line here.
#define WAN_FFMPEG_FUNCTIONS(X)                                                                                         \
    X(avutil, av_log_set_callback)                                                                                      \
    X(avutil, av_log_get_level)                                                                                         \
    X(avutil, av_log_format_line2)                                                                                      \
    X(avutil, av_strerror)                                                                                              \
    X(avutil, av_dict_set)                                                                                              \
    X(avutil, av_dict_free)                                                                                             \
    X(avutil, av_rescale_q)                                                                                             \
    X(avutil, av_rescale_q_rnd)                                                                                         \
    X(avutil, av_frame_alloc)                                                                                           \
    X(avutil, av_frame_free)                                                                                            \
    X(avutil, av_frame_unref)                                                                                           \
    X(avutil, av_frame_move_ref)                                                                                        \
    X(avutil, av_get_pix_fmt_name)                                                                                      \
    X(avutil, av_frame_get_buffer)                                                                                      \
    X(avutil, av_frame_clone)                                                                                           \
    X(avutil, av_frame_ref)                                                                                             \
    X(avformat, avformat_open_input)                                                                                    \
    X(avformat, avformat_close_input)                                                                                   \
    X(avformat, avformat_find_stream_info)                                                                              \
    X(avformat, av_find_best_stream)                                                                                    \
    X(avformat, av_read_frame)                                                                                          \
    X(avformat, av_seek_frame)                                                                                          \
    X(avformat, avformat_seek_file)                                                                                     \
    X(avformat, av_index_search_timestamp)                                                                              \
    X(avformat, avformat_index_get_entries_count)                                                                       \
    X(avformat, avformat_index_get_entry)                                                                               \
    X(avformat, avio_size)                                                                                              \
    X(avformat, av_guess_frame_rate)                                                                                    \
    X(avformat, avformat_alloc_output_context2)                                                                         \
    X(avformat, avformat_new_stream)                                                                                    \
    X(avformat, avformat_free_context)                                                                                  \
    X(avformat, avformat_write_header)                                                                                  \
    X(avformat, av_interleaved_write_frame)                                                                             \
    X(avformat, av_write_trailer)                                                                                       \
    X(avformat, avio_open)                                                                                              \
    X(avformat, avio_closep)                                                                                            \
    X(avcodec, avcodec_alloc_context3)                                                                                  \
    X(avcodec, avcodec_free_context)                                                                                    \
    X(avcodec, avcodec_parameters_to_context)                                                                           \
    X(avcodec, avcodec_open2)                                                                                           \
    X(avcodec, avcodec_send_packet)                                                                                     \
    X(avcodec, avcodec_receive_frame)                                                                                   \
    X(avcodec, avcodec_flush_buffers)                                                                                   \
    X(avcodec, avcodec_get_name)                                                                                        \
    X(avcodec, av_packet_alloc)                                                                                         \
    X(avcodec, av_packet_free)                                                                                          \
    X(avcodec, av_packet_unref)                                                                                         \
    X(avcodec, av_packet_rescale_ts)                                                                                    \
    X(avcodec, avcodec_find_encoder_by_name)                                                                            \
    X(avcodec, avcodec_parameters_from_context)                                                                         \
    X(avcodec, avcodec_parameters_copy)                                                                                 \
    X(avcodec, avcodec_send_frame)                                                                                      \
    X(avcodec, avcodec_receive_packet)                                                                                  \
    X(swscale, sws_getCachedContext)                                                                                    \
    X(swscale, sws_getContext)                                                                                          \
    X(swscale, sws_freeContext)                                                                                         \
    X(swscale, sws_setColorspaceDetails)                                                                                \
    X(swscale, sws_getCoefficients)                                                                                     \
    X(swscale, sws_scale)

// libavfilter's functions, loaded only by exports (FfmpegLibraries::withFilters()):
// a frame or a continuation needs no filter graph, and loading libavfilter and
// its dependencies too made `wanstudio frame` slower (figure 11a).
#define WAN_FFMPEG_FILTER_FUNCTIONS(X)                                                                                  \
    X(avfilter, avfilter_graph_alloc)                                                                                   \
    X(avfilter, avfilter_graph_free)                                                                                    \
    X(avfilter, avfilter_get_by_name)                                                                                   \
    X(avfilter, avfilter_graph_create_filter)                                                                           \
    X(avfilter, avfilter_link)                                                                                          \
    X(avfilter, avfilter_graph_config)                                                                                  \
    X(avfilter, av_buffersrc_add_frame_flags)                                                                           \
    X(avfilter, av_buffersink_get_frame)

struct FfmpegLibraries
{
    // A function's name declares a member of the same name: nothing to parenthesize.
    // NOLINTNEXTLINE(bugprone-macro-parentheses)
#define WAN_FFMPEG_POINTER(library, name) decltype(&::name) name = nullptr;
    WAN_FFMPEG_FUNCTIONS(WAN_FFMPEG_POINTER)
    WAN_FFMPEG_FILTER_FUNCTIONS(WAN_FFMPEG_POINTER)
#undef WAN_FFMPEG_POINTER

    // Loaded once per process (thread-safe); nullptr when a library or a
    // function is missing, with what and why in *problem.
    // The filter functions are null in this one.
    static const FfmpegLibraries *get(QString *problem = nullptr);
    // The same with libavfilter loaded too, for exports.
    static const FfmpegLibraries *withFilters(QString *problem = nullptr);
};

} // namespace wan::media
