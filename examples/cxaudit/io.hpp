#pragma once
// Bytes in and out through file descriptors, with every error noticed: a read error, a closed
// pipe (SIGPIPE is ignored, so it is EPIPE here) or a full disk throws io_error, which stops
// the run with a message and exit status 1, never a crash or a silent loss.

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxaudit_cli {

/// An input or output error that stops the run.
struct io_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline std::string errno_text(int e) { return std::strerror(e); }

/// Standard output (or any descriptor), written in large pieces.
class output_sink {
 public:
  explicit output_sink(int fd) : fd_(fd) { buffer_.reserve(buffer_size); }

  /// Writes `s` (buffered; big pieces go straight through).
  void write(std::string_view s) {
    if (buffer_.size() + s.size() <= buffer_size) {
      buffer_.append(s.data(), s.size());
      return;
    }
    flush();
    if (s.size() >= buffer_size / 2)
      write_through(s);
    else
      buffer_.append(s.data(), s.size());
  }

  /// Writes what is buffered.
  void flush() {
    write_through(buffer_);
    buffer_.clear();
  }

 private:
  static constexpr std::size_t buffer_size = 1u << 20;

  void write_through(std::string_view s) {
    while (!s.empty()) {
      const ssize_t n = ::write(fd_, s.data(), s.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        throw io_error("cannot write the output: " + errno_text(errno));
      }
      s.remove_prefix(static_cast<std::size_t>(n));
    }
  }

  int fd_;
  std::string buffer_;
};

/// An input file or standard input, read through its descriptor. The readers' Source:
/// read() returns 0 at the end; ready() says whether more can be read without waiting.
class fd_source {
 public:
  /// Opens `path` ("-" is standard input); throws io_error when it cannot be opened.
  fd_source(const std::string& path, std::atomic<std::uint64_t>* bytes_read)
      : name_(path == "-" ? "standard input" : path), bytes_read_(bytes_read) {
    if (path == "-") {
      fd_ = STDIN_FILENO;
    } else {
      do fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      while (fd_ < 0 && errno == EINTR);
      if (fd_ < 0) throw io_error("cannot open " + path + ": " + errno_text(errno));
      owned_ = true;
    }
    struct stat st {};
    regular_ = ::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode);
    if (::fstat(fd_, &st) == 0 && S_ISDIR(st.st_mode))
      throw io_error("cannot read " + name_ + ": it is a directory");
#ifdef POSIX_FADV_SEQUENTIAL
    if (regular_) (void)::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  }
  ~fd_source() {
    if (owned_) ::close(fd_);
  }
  fd_source(const fd_source&) = delete;
  fd_source& operator=(const fd_source&) = delete;

  /// Reads up to `n` bytes (peeked bytes first); 0 at the end of the input.
  std::size_t read(char* to, std::size_t n) {
    if (peeked_at_ < peeked_.size()) {
      const std::size_t k = std::min(n, peeked_.size() - peeked_at_);
      std::memcpy(to, peeked_.data() + peeked_at_, k);
      peeked_at_ += k;
      return k;
    }
    for (;;) {
      const ssize_t got = ::read(fd_, to, n);
      if (got >= 0) {
        if (bytes_read_ != nullptr)
          bytes_read_->fetch_add(static_cast<std::uint64_t>(got), std::memory_order_relaxed);
        return static_cast<std::size_t>(got);
      }
      if (errno != EINTR) throw io_error("cannot read " + name_ + ": " + errno_text(errno));
    }
  }

  /// True when a read would not wait (a regular file, or a pipe with bytes waiting).
  bool ready() {
    if (regular_ || peeked_at_ < peeked_.size()) return true;
    pollfd p{fd_, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
  }

  /// The first non-blank byte of the input, without consuming anything (0 when empty).
  char peek_first_visible() {
    for (;;) {
      for (std::size_t i = peeked_at_; i < peeked_.size(); ++i) {
        const char c = peeked_[i];
        const bool bom = peeked_.compare(i, 3, "\xEF\xBB\xBF") == 0;
        if (bom) {
          i += 2;
          continue;
        }
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
      }
      if (peeked_.size() >= (64u << 10)) return ' ';
      char buf[4096];
      const std::size_t n = read_more(buf, sizeof buf);
      if (n == 0) return 0;
      peeked_.append(buf, n);
    }
  }

  const std::string& name() const noexcept { return name_; }

 private:
  std::size_t read_more(char* to, std::size_t n) {
    const std::size_t saved = peeked_at_;
    peeked_at_ = peeked_.size();  // read from the descriptor, not from what was peeked
    const std::size_t got = read(to, n);
    peeked_at_ = saved;
    return got;
  }

  std::string name_;
  std::atomic<std::uint64_t>* bytes_read_;
  int fd_ = -1;
  bool owned_ = false;
  bool regular_ = false;
  std::string peeked_;
  std::size_t peeked_at_ = 0;
};

}  // namespace cxaudit_cli
