// A deterministic benchmark corpus: the seed and fixture documents, instantiated again and again
// with other subjects, numbers and dates, until the requested size (byte-identical for a seed).
//
// Usage: gen_corpus --size MB --out DIR [--seed N] [--root REPO] [--only GROUP]
//   Reads REPO/seeds/*.txt (one group) and every REPO/tests/fixtures/*/*/ folder (one group each,
//   *.md and *.txt). A "batch" is one group written again under DIR/bNNNN/NNNNNNN-GROUP/:
//   * one year offset for the whole batch (-10..+10), so the documents' timeline stays coherent;
//   * three batches in four rename every proper noun (a capitalized word inside a sentence) to a
//     made-up name, consistently within the batch, so the subjects of one batch are compared
//     together and not with other batches; the fourth keeps the names (the rule packs' entities);
//   * each other digit group changes with probability 1/2, keeping its width and its range
//     (1-12 stays a possible month; 13-31 becomes 13-28, a day of any month, and 29-31 always
//     changes since the month beside it may become February), so that some claims
//     agree and some conflict. Digit groups touching a letter (Q3, TMA-18M) are kept.
//   Each round writes every group once. MB is 10^6 bytes; it stops at the first document that
//   reaches the size. Prints documents, bytes, and bytes per language.
//   --only GROUP writes that group alone: `--only seeds` gives a corpus of the seeds' article-sized
//   documents (2.8 to 35 KB, French), where the fixtures' are a few lines each.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <utf8proc.h>

namespace fs = std::filesystem;

namespace {

struct Source {
  std::string name;  // file name, kept in the output
  std::string text;
  std::string lang;  // from its front matter, "" when absent
};

struct Group {
  std::string name;
  std::vector<Source> docs;
};

// splitmix64: small, fast, and the same numbers on every platform (unlike std distributions).
uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t hash_bytes(const std::string& s, uint64_t h) {
  for (unsigned char c : s) h = mix(h ^ c);
  return h;
}

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() { return state_ = mix(state_); }
  int in(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<uint64_t>(hi - lo + 1)); }

 private:
  uint64_t state_;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string front_matter_lang(const std::string& text) {
  if (text.rfind("---\n", 0) != 0) return "";
  const size_t end = text.find("\n---", 3);
  const size_t at = text.find("\nlang:", 0);
  if (at == std::string::npos || at > end) return "";
  size_t b = at + 6;
  while (b < text.size() && text[b] == ' ') ++b;
  return text.substr(b, 2);
}

Group read_group(const std::string& name, const fs::path& dir) {
  Group g{name, {}};
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    const auto ext = e.path().extension();
    if (e.is_regular_file() && (ext == ".md" || ext == ".txt")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    Source s{f.filename().string(), read_file(f), ""};
    s.lang = front_matter_lang(s.text);
    g.docs.push_back(std::move(s));
  }
  return g;
}

// Month and weekday names are capitalized in English without being subjects.
bool is_calendar_word(const std::string& w) {
  static const char* const kWords[] = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// A pronounceable made-up name of 2-3 syllables, the same for the same word and batch.
std::string made_up_name(const std::string& word, uint64_t batch_seed, bool all_caps) {
  static const char* const kOnsets[] = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "st", "gr"};
  static const char* const kVowels[] = {"a", "e", "i", "o", "u", "ou", "ai", "ei"};
  Rng r(hash_bytes(word, batch_seed));
  std::string name;
  const int syllables = r.in(2, 3);
  for (int i = 0; i < syllables; ++i) {
    name += kOnsets[r.next() % (sizeof kOnsets / sizeof *kOnsets)];
    name += kVowels[r.next() % (sizeof kVowels / sizeof *kVowels)];
  }
  if (r.next() % 2) name += "n";
  for (size_t i = 0; i < name.size(); ++i)
    if (all_caps || i == 0) name[i] = static_cast<char>(name[i] - 'a' + 'A');
  return name;
}

// A digit group in its range class, with its width (leading zeros kept).
std::string vary_number(const std::string& digits, Rng* rng, int year_offset) {
  const long v = digits.size() <= 9 ? std::stol(digits) : -1;
  if (digits.size() == 4 && v >= 1900 && v <= 2099) return std::to_string(v + year_offset);
  // 29-31 always change: the month beside it may change to February.
  const bool late_day = digits.size() <= 2 && v >= 29 && v <= 31;
  if (!late_day && rng->next() % 2) return digits;
  long n;
  if (digits.size() <= 2 && v >= 1 && v <= 12) n = rng->in(1, 12);
  else if (digits.size() <= 2 && v >= 13 && v <= 31) n = rng->in(13, 28);  // a day valid in any month
  else if (digits.size() <= 2) return digits;  // 0 and 32-99: kept
  else {
    std::string out = digits;
    for (size_t i = 0; i < out.size(); ++i)
      out[i] = static_cast<char>('0' + (i == 0 && digits[0] != '0' ? rng->in(1, 9) : rng->in(0, 9)));
    return out;
  }
  std::string out = std::to_string(n);
  while (out.size() < digits.size()) out.insert(out.begin(), '0');
  return out;
}

bool is_letter(utf8proc_int32_t cp) {
  const auto c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

// One document of one batch: names renamed (when asked), numbers and years varied.
std::string instantiate(const std::string& text, uint64_t batch_seed, uint64_t doc_seed, int year_offset,
                        bool rename) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  Rng rng(doc_seed);
  bool sentence_start = true;
  size_t i = 0;
  auto letter_at = [&](size_t at, utf8proc_int32_t* cp) {
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + at,
                                    static_cast<utf8proc_ssize_t>(text.size() - at), cp);
    return n > 0 ? static_cast<size_t>(n) : size_t{1};
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      const bool next_to_letter = (i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1]))) ||
                                  (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j])));
      const std::string digits = text.substr(i, j - i);
      out += next_to_letter ? digits : vary_number(digits, &rng, year_offset);
      i = j;
      sentence_start = false;
      continue;
    }
    utf8proc_int32_t cp = -1;
    size_t len = letter_at(i, &cp);
    if (cp >= 0 && is_letter(cp)) {
      size_t j = i;
      bool upper_first = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
      bool all_upper = true;
      size_t letters = 0;
      while (j < text.size()) {
        utf8proc_int32_t w = -1;
        const size_t n = letter_at(j, &w);
        if (w < 0 || !is_letter(w)) break;
        all_upper = all_upper && utf8proc_category(w) == UTF8PROC_CATEGORY_LU;
        ++letters;
        j += n;
      }
      const std::string word = text.substr(i, j - i);
      const bool proper = rename && upper_first && !sentence_start && letters >= 3 && !is_calendar_word(word);
      out += proper ? made_up_name(word, batch_seed, all_upper && letters > 1) : word;
      i = j;
      sentence_start = false;
      continue;
    }
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || cp == 0xAB /* « */ ||
        cp == 0x2014 /* — */ || cp == 0x201C /* “ */)
      sentence_start = true;
    out.append(text, i, len);
    i += len;
  }
  return out;
}

bool write_file(const fs::path& p, const std::string& bytes) {
  std::FILE* f = std::fopen(p.c_str(), "wb");
  if (!f) return false;
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

int usage() {
  std::cerr << "usage: gen_corpus --size MB --out DIR [--seed N] [--root REPO] [--only GROUP]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  double size_mb = 0;
  std::string out_dir, root = ".", only;
  uint64_t seed = 1;
  for (int a = 1; a + 1 < argc; a += 2) {
    const std::string k = argv[a], v = argv[a + 1];
    if (k == "--size") size_mb = std::atof(v.c_str());
    else if (k == "--out") out_dir = v;
    else if (k == "--seed") seed = std::strtoull(v.c_str(), nullptr, 10);
    else if (k == "--root") root = v;
    else if (k == "--only") only = v;
    else return usage();
  }
  if (argc % 2 == 0 || size_mb <= 0 || out_dir.empty()) return usage();
  std::vector<Group> groups;
  std::error_code ec;
  if (fs::is_directory(fs::path(root) / "seeds", ec)) groups.push_back(read_group("seeds", fs::path(root) / "seeds"));
  std::vector<fs::path> fixture_dirs;
  for (const auto& kind : fs::directory_iterator(fs::path(root) / "tests" / "fixtures", ec))
    if (kind.is_directory())
      for (const auto& d : fs::directory_iterator(kind.path()))
        if (d.is_directory()) fixture_dirs.push_back(d.path());
  std::sort(fixture_dirs.begin(), fixture_dirs.end());
  for (const auto& d : fixture_dirs) groups.push_back(read_group(d.parent_path().filename().string() + "-" + d.filename().string(), d));
  groups.erase(std::remove_if(groups.begin(), groups.end(),
                              [&](const Group& g) { return g.docs.empty() || (!only.empty() && g.name != only); }),
               groups.end());
  if (groups.empty()) {
    std::cerr << "gen_corpus: no documents under " << root << "/seeds or " << root << "/tests/fixtures/*/*/"
              << (only.empty() ? "" : " in group " + only) << "\n";
    return 2;
  }
  // One round: every group once, in name order.
  std::vector<size_t> round;
  for (size_t g = 0; g < groups.size(); ++g) round.push_back(g);

  const uint64_t target = static_cast<uint64_t>(size_mb * 1e6);
  uint64_t bytes = 0, documents = 0;
  std::map<std::string, uint64_t> by_lang;
  for (uint64_t batch = 0; bytes < target; ++batch) {
    const Group& g = groups[round[batch % round.size()]];
    const uint64_t batch_seed = mix(seed * 0x100000001b3ULL ^ mix(batch));
    Rng batch_rng(batch_seed);
    const int year_offset = batch_rng.in(-10, 10);
    const bool rename = batch % 4 != 0;
    char sub[64];
    std::snprintf(sub, sizeof sub, "b%04llu/%07llu-", static_cast<unsigned long long>(batch / 1000),
                  static_cast<unsigned long long>(batch));
    const fs::path dir = fs::path(out_dir) / (sub + g.name);
    fs::create_directories(dir, ec);
    if (ec) {
      std::cerr << "gen_corpus: cannot create " << dir.string() << ": " << ec.message() << "\n";
      return 2;
    }
    for (size_t d = 0; d < g.docs.size() && bytes < target; ++d) {
      const std::string text = instantiate(g.docs[d].text, batch_seed, mix(batch_seed ^ (d + 1)), year_offset, rename);
      if (!write_file(dir / g.docs[d].name, text)) {
        std::cerr << "gen_corpus: cannot write " << (dir / g.docs[d].name).string() << "\n";
        return 2;
      }
      bytes += text.size();
      ++documents;
      by_lang[g.docs[d].lang.empty() ? "?" : g.docs[d].lang] += text.size();
    }
  }
  std::cout << documents << " documents, " << bytes << " bytes";
  for (const auto& [lang, n] : by_lang) std::cout << ", " << lang << " " << n;
  std::cout << "\n";
  return 0;
}
