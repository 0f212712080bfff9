#pragma once
/// \file cxaudit.hpp
/// cxaudit: audits job postings for whether a "Customer Experience" title fits the work.
/// The umbrella header; the pipeline's stages, in order:
///   tokenizer.hpp  → text (plain or HTML) to tokens with byte spans (Spirit X3 grammar)
///   lexicon.hpp    → what phrases mean (built-in table, user files via lexicon_format.hpp)
///   matcher.hpp    → tokens to matches, read in context (negation, metrics, tenure…)
///   scorers/       → customer-mention and strategy-versus-frontline profiles (scorer.hpp)
///   title.hpp      → what the title claims
///   verdict.hpp    → role class, findings, suggested title
///   report.hpp     → the report; report_json.hpp its JSON form
///   auditor.hpp    → all of it in one pass; cxaudit::audit(posting)

#include "auditor.hpp"
#include "category.hpp"
#include "lexicon.hpp"
#include "lexicon_entry.hpp"
#include "match.hpp"
#include "matcher.hpp"
#include "policy.hpp"
#include "report.hpp"
#include "report_json.hpp"
#include "scorer.hpp"
#include "scorers/customer_mention.hpp"
#include "scorers/role_focus.hpp"
#include "section.hpp"
#include "title.hpp"
#include "token.hpp"
#include "tokenizer.hpp"
#include "verdict.hpp"
#include "version.hpp"
