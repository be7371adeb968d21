/*
 * site-gen search client: finds briefings in the static index under /search/ (built by
 * org.sitegen.search.SearchIndexBuilder), entirely in the browser, without a library.
 *
 * Files: index.js (manifest), t/FROM/KEY.js (term shards of the segment of docs from id FROM),
 * d/N.js (the briefings of ids docsPerFile*N on, null where an id has none; ids count from the
 * oldest, each a slot of its day, so not every id is a briefing), tags/TAXONOMY/SLUG.js (doc ids
 * of a term of any taxonomy), e/KIND/SLUG.js (doc ids of an entity), y/YEAR.js (doc ids of a year). Each calls window.__sitegenSearch(name, data). Over http
 * they are fetched and the JSON argument parsed; from file://, where Chromium blocks fetch(),
 * they are loaded as <script> elements. A query loads only the shards of its words and the
 * files of the results it shows.
 *
 * fold(), words(), stem(), STOP and english must match Folding, Analyzer and Stemmer in Java
 * (AnalyzerParityBrowserTest runs both over the same text in many languages). Stop words and
 * stemming are English only: the manifest says "analysis": "plain" for any other language.
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  if (!form) return;
  var input = document.getElementById('search-q');
  var tagSelect = document.getElementById('search-tag');
  var yearSelect = document.getElementById('search-year');
  // the entity filter is there when some briefing names a person, country, organisation or place
  var entitySelect = document.getElementById('search-entity') || { value: '', addEventListener: function () {} };
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var indexUrl = new URL(form.getAttribute('data-index'), location.href);
  var PAGE = 10;
  // the page's words in its language (search.ftlh writes them from the message bundle)
  var lang = document.documentElement.lang || 'en';
  var MESSAGES = JSON.parse(form.getAttribute('data-messages') || '{}');
  var plurals = typeof Intl === 'object' && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var FIELDS = { BODY: 1, SUMMARY: 2, AUTHOR: 4, TAG: 8, TITLE: 16 };

  /* ---------- Loading index files ---------- */

  var useFetch = /^https?:$/.test(location.protocol) && typeof fetch === 'function';
  var pending = {};
  var cache = {};

  window.__sitegenSearch = function (name, data) {
    var waiting = pending[name];
    if (waiting) {
      delete pending[name];
      waiting.resolve(data);
    }
  };

  function fileUrl(name) {
    return new URL(name + '.js', indexUrl).href;
  }

  function viaFetch(name) {
    return fetch(fileUrl(name)).then(function (response) {
      if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
      return response.text();
    }).then(function (text) {
      // window.__sitegenSearch("name",DATA);  (names never contain a comma)
      return JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(')')));
    });
  }

  function viaScript(name) {
    return new Promise(function (resolve, reject) {
      pending[name] = { resolve: resolve };
      var script = document.createElement('script');
      script.src = fileUrl(name);
      script.onload = function () {
        script.remove();
        if (pending[name]) {
          delete pending[name];
          reject(new Error(name + ': not a search index file'));
        }
      };
      script.onerror = function () {
        script.remove();
        delete pending[name];
        reject(new Error(name + ': cannot be loaded'));
      };
      document.head.appendChild(script);
    });
  }

  function load(name) {
    if (!cache[name]) {
      cache[name] = (useFetch ? viaFetch(name) : viaScript(name)).catch(function (error) {
        delete cache[name];
        throw error;
      });
    }
    return cache[name];
  }

  /* A briefing's title, link, date, tags and text: d/N.js holds docsPerFile of them. */
  function loadDoc(id) {
    var per = manifest.docsPerFile;
    return load('d/' + Math.floor(id / per)).then(function (group) { return group[id % per]; });
  }

  /* ---------- Text analysis (same rules as the Java index builder) ---------- */

  var STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had',
    'has', 'have', 'he', 'her', 'his', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the',
    'their', 'them', 'they', 'this', 'to', 'was', 'were', 'which', 'who', 'will', 'with']);
  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i' };
  var english = true; // set from the manifest's "analysis"
  // Chinese and Japanese, written without spaces, are indexed as pairs of characters
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  var CJK_OR_NOT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
      .replace(/[ßæœøłđı]/g, function (c) { return SPECIAL[c]; });
  }

  function words(text) {
    var out = [];
    var re = /[\p{L}\p{N}]+/gu;
    var folded = fold(text);
    var m;
    while ((m = re.exec(folded))) {
      if (!CJK.test(m[0])) {
        if (m[0].length >= 2 && m[0].length <= 30) out.push(m[0]);
        continue;
      }
      var part;
      CJK_OR_NOT.lastIndex = 0;
      while ((part = CJK_OR_NOT.exec(m[0]))) {
        if (CJK.test(part[0])) {
          var chars = Array.from(part[0]);
          if (chars.length === 1) out.push(part[0]);
          for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
        } else if (part[0].length >= 2 && part[0].length <= 30) {
          out.push(part[0]);
        }
      }
    }
    return out;
  }

  function isStop(word) {
    return english && STOP.has(word);
  }

  function termOf(word) {
    return english ? stem(word) : word;
  }

  function stem(word) {
    if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
    var w = word;
    var verbal = false;
    if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
    else if (w.endsWith('s')) w = w.slice(0, -1);
    else if (w.endsWith('ing') && w.length >= 6) { w = w.slice(0, -3); verbal = true; }
    else if (w.endsWith('ed') && w.length >= 5 && w.charAt(w.length - 3) !== 'e') { w = w.slice(0, -2); verbal = true; }
    if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
    if (verbal && w.length > 3) {
      var last = w.charAt(w.length - 1);
      if (last === w.charAt(w.length - 2) && 'bdgmnprt'.indexOf(last) >= 0) w = w.slice(0, -1);
    }
    return w;
  }

  /* Query words → matchers. The word still being typed also matches as a prefix. */
  function parse(query) {
    var ws = words(query);
    var typing = query.length > 0 && !/\s$/.test(query);
    var tokens = [];
    ws.forEach(function (w, i) {
      // the word being typed matches as a prefix: from 3 letters, or from 1 Chinese or Japanese character
      var prefix = typing && i === ws.length - 1 && (w.length >= 3 || CJK.test(w)) ? w : null;
      if (isStop(w) && !prefix) return;
      tokens.push({ stem: isStop(w) ? null : termOf(w), prefix: prefix });
    });
    return tokens;
  }

  function matches(token, term) {
    return term === token.stem || (token.prefix !== null && term.startsWith(token.prefix));
  }

  /* ---------- Finding shards ---------- */

  function fileName(key) {
    if (key === '') return '_'; // a segment that is one shard (ShardPlanner.WHOLE)
    var out = '';
    for (var i = 0; i < key.length; i++) {
      var c = key.charAt(i);
      out += /[a-z0-9]/.test(c) ? c : '_' + ('000' + key.charCodeAt(i).toString(16)).slice(-4);
    }
    return out;
  }

  /* The shard holding a term: the longest key that is a prefix of it ("" is one of every term). */
  function shardOf(term, keys) {
    var best = null;
    keys.forEach(function (key) {
      if (term.startsWith(key) && (best === null || key.length > best.length)) best = key;
    });
    return best;
  }

  function shardsFor(token, keys) {
    var needed = new Set();
    if (token.stem !== null) {
      var own = shardOf(token.stem, keys);
      if (own !== null) needed.add(own);
    }
    if (token.prefix !== null) {
      var above = shardOf(token.prefix, keys);
      if (above !== null) needed.add(above);
      keys.forEach(function (key) { if (key.startsWith(token.prefix)) needed.add(key); });
    }
    return Array.from(needed);
  }

  /* doc id → OR of field bits, for every term a token matches */
  function postingsFor(token, shards) {
    var docs = new Map();
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (term) {
        if (!matches(token, term)) return;
        var pairs = shard[term];
        var id = 0;
        for (var i = 0; i < pairs.length; i += 2) {
          id += pairs[i];
          docs.set(id, (docs.get(id) || 0) | pairs[i + 1]);
        }
      });
    });
    return docs;
  }

  function idsOf(deltas) {
    var ids = new Set();
    var id = 0;
    deltas.forEach(function (gap) { id += gap; ids.add(id); });
    return ids;
  }

  /* ---------- Searching ---------- */

  var manifest = null;
  var generation = 0;
  var current = null;

  function search() {
    if (!manifest) return; // the index is still loading; it searches when it arrives
    var query = input.value;
    var tag = tagSelect.value;
    var year = yearSelect.value;
    var entity = entitySelect.value;
    var mine = ++generation;
    var tokens = parse(query);
    remember(query, tag, year, entity);
    if (tokens.length === 0 && !tag && !year && !entity) {
      show(mine, { ids: [], tokens: tokens, described: '' }, true);
      return;
    }
    // a word's postings are in one shard per segment (docs by age; see SearchIndexBuilder)
    var shardLoads = tokens.map(function (token) {
      var files = [];
      manifest.segments.forEach(function (segment) {
        shardsFor(token, segment.shards).forEach(function (key) { files.push('t/' + segment.from + '/' + fileName(key)); });
      });
      return Promise.all(files.map(load));
    });
    var tagLoad = tag ? load('tags/' + tag).then(idsOf) : Promise.resolve(null);
    var entityLoad = entity ? load('e/' + entity).then(idsOf) : Promise.resolve(null);
    // a year alone lists its briefings: not every id of its range is one
    var yearLoad = !year || tokens.length || tag || entity ? Promise.resolve(null)
      : manifest.years[year] ? load('y/' + year).then(idsOf) : Promise.resolve(new Set());
    Promise.all([Promise.all(shardLoads), tagLoad, entityLoad, yearLoad]).then(function (loaded) {
      if (mine !== generation) return;
      var perToken = loaded[0].map(function (shards, i) { return postingsFor(tokens[i], shards); });
      var range = year ? manifest.years[year] : null;
      var candidates = candidatesOf(perToken, both(both(loaded[1], loaded[2]), loaded[3]), range);
      var ranked = rank(candidates, perToken);
      show(mine, { ids: ranked, tokens: tokens, described: describe(query, tag, year, entity) }, false);
    }).catch(failed);
  }

  /* The ids in both filters' sets; null for a filter that is not set. */
  function both(a, b) {
    if (!a || !b) return a || b;
    return new Set(Array.from(a).filter(function (id) { return b.has(id); }));
  }

  function candidatesOf(perToken, tagIds, range) {
    var ids;
    if (perToken.length > 0) {
      // every word must match: start from the rarest word's documents
      var sorted = perToken.slice().sort(function (a, b) { return a.size - b.size; });
      ids = Array.from(sorted[0].keys()).filter(function (id) {
        return sorted.every(function (docs) { return docs.has(id); });
      });
    } else if (tagIds) {
      ids = Array.from(tagIds);
    } else {
      ids = []; // a year not in the index (an old link): nothing
    }
    return ids.filter(function (id) {
      return (!tagIds || tagIds.has(id)) && (!range || (id >= range[0] && id <= range[1]));
    });
  }

  /* Title and tag matches first, then author and summary matches, then the newest (highest id: ids count from the oldest). */
  function rank(ids, perToken) {
    var strong = new Map();
    var medium = new Map();
    ids.forEach(function (id) {
      var s = 0;
      var m = 0;
      perToken.forEach(function (docs) {
        var bits = docs.get(id);
        if (bits & (FIELDS.TITLE | FIELDS.TAG)) s++;
        else if (bits & (FIELDS.AUTHOR | FIELDS.SUMMARY)) m++;
      });
      strong.set(id, s);
      medium.set(id, m);
    });
    return ids.sort(function (a, b) {
      return (strong.get(b) - strong.get(a)) || (medium.get(b) - medium.get(a)) || (b - a);
    });
  }

  function describe(query, tag, year, entity) {
    var parts = [];
    if (query.trim()) parts.push(message('for', [query.trim()]));
    if (tag) parts.push(message('filedUnderTerm', [tagSelect.options[tagSelect.selectedIndex].text.replace(/ \(\d+\)$/, '')]));
    if (entity) parts.push(message('namingEntity', [entitySelect.options[entitySelect.selectedIndex].text.replace(/ \(\d+\)$/, '')]));
    if (year) parts.push(message('inYear', [year]));
    return parts.join(' ');
  }

  /* ---------- Words of the page ---------- */

  /* A message with {0}, {1}... put in; a count's form chosen by CLDR's plural rules, # its number. */
  function message(name, args) {
    var text = MESSAGES[name];
    if (typeof text === 'object') {
      var n = args[0];
      text = text['=' + n] || (plurals && text[plurals.select(n)]) || text.other;
      text = text.replace(/#/g, n.toLocaleString(lang));
    }
    return String(text).replace(/\{(\d)\}/g, function (all, i) { return args[+i] === undefined ? all : args[+i]; });
  }

  /* ---------- Showing results ---------- */

  function show(mine, result, empty) {
    current = result;
    current.shown = 0;
    list.textContent = '';
    more.hidden = true;
    if (empty) {
      status.textContent = '';
      return;
    }
    var n = result.ids.length;
    status.textContent = n === 0 ? message('notFound', [n, result.described])
      : message('found', [n, result.described]);
    return showMore(mine);
  }

  /* Renders the next PAGE results; resolves to the first new result's link (or null). */
  function showMore(mine) {
    var result = current;
    var batch = result.ids.slice(result.shown, result.shown + PAGE);
    result.shown += batch.length;
    return Promise.all(batch.map(loadDoc)).then(function (docs) {
      if (mine !== generation) return null;
      var first = null;
      docs.forEach(function (doc) {
        var item = renderResult(doc, result.tokens);
        first = first || item.querySelector('a');
        list.appendChild(item);
      });
      more.hidden = result.shown >= result.ids.length;
      return first;
    }).catch(failed);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderResult(doc, tokens) {
    var item = element('li', 'search-result');
    var heading = element('h2', 'search-result__title');
    var link = element('a');
    link.href = doc.link;
    appendMarked(link, doc.title, tokens);
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = element('p', 'meta search-result__meta');
    var time = element('time', '', doc.date);
    time.dateTime = doc.day;
    meta.appendChild(time);
    if (doc.authors.length) {
      meta.appendChild(element('span', 'meta__sep', ' \u00b7 ')).setAttribute('aria-hidden', 'true');
      meta.appendChild(element('span', '', doc.authors.join(', ')));
    }
    item.appendChild(meta);
    var snippet = element('p', 'search-result__snippet');
    appendMarked(snippet, snippetOf(doc, tokens), tokens);
    item.appendChild(snippet);
    if (doc.tags.length) {
      var chips = element('ul', 'chips');
      chips.setAttribute('aria-label', message('tags', []));
      doc.tags.forEach(function (tag) {
        var chip = element('a', 'chip', tag[0]);
        chip.href = tag[1];
        chip.tabIndex = -1; // arrow keys move between results; tags stay one click away
        var li = element('li');
        li.appendChild(chip);
        chips.appendChild(li);
      });
      item.appendChild(chips);
    }
    return item;
  }

  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  function wordMatches(word, tokens) {
    var folded = words(word);
    return folded.length > 0 && tokens.some(function (token) {
      return folded.some(function (w) { return matches(token, termOf(w)) || (token.prefix !== null && w.startsWith(token.prefix)); });
    });
  }

  /* ~200 characters of body text around the first matching word, else the summary. */
  function snippetOf(doc, tokens) {
    var sources = [doc.text, doc.summary];
    for (var s = 0; s < sources.length; s++) {
      var text = sources[s];
      WORD.lastIndex = 0;
      var m;
      while ((m = WORD.exec(text))) {
        if (wordMatches(m[0], tokens)) return around(text, m.index);
      }
    }
    return around(doc.summary || doc.text, 0);
  }

  function around(text, at) {
    var start = Math.max(0, at - 70);
    var end = Math.min(text.length, at + 160);
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
    return (start > 0 ? '\u2026' : '') + text.slice(start, end) + (end < text.length ? '\u2026' : '');
  }

  /* Appends text to a node with matching words wrapped in <mark>; text only, never HTML. */
  function appendMarked(node, text, tokens) {
    var last = 0;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      if (tokens.length && wordMatches(m[0], tokens)) {
        node.appendChild(document.createTextNode(text.slice(last, m.index)));
        node.appendChild(element('mark', '', m[0]));
        last = m.index + m[0].length;
      }
    }
    node.appendChild(document.createTextNode(text.slice(last)));
  }

  function failed(error) {
    status.textContent = message('unavailable', []);
    if (window.console) console.error(error);
  }

  /* ---------- State in the address, so results can be shared and reloaded ---------- */

  function remember(query, tag, year, entity) {
    var params = new URLSearchParams();
    if (query) params.set('q', query);
    if (tag) params.set('tag', tag);
    if (year) params.set('year', year);
    if (entity) params.set('entity', entity);
    var search = params.toString();
    try {
      history.replaceState(null, '', search ? '?' + search : location.pathname);
    } catch (e) {
      // some browsers refuse replaceState on file:// pages; the search still works
    }
  }

  /* A link from before every taxonomy was a filter says ?tag=SLUG: the first taxonomy's term of that slug. */
  function termOption(value) {
    if (value.indexOf('/') >= 0) return value;
    for (var i = 0; i < tagSelect.options.length; i++) {
      var option = tagSelect.options[i].value;
      if (option.slice(option.indexOf('/') + 1) === value) return option;
    }
    return '';
  }

  /* ---------- Keyboard ---------- */

  function resultLinks() {
    return Array.from(list.querySelectorAll('.search-result__title a'));
  }

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      var links = resultLinks();
      if (links.length) {
        event.preventDefault();
        links[0].focus();
      }
    }
  });

  list.addEventListener('keydown', function (event) {
    var links = resultLinks();
    var i = links.indexOf(document.activeElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown' && i + 1 < links.length) {
      event.preventDefault();
      links[i + 1].focus();
    } else if (event.key === 'ArrowDown' && !more.hidden) {
      event.preventDefault();
      showMore(generation).then(function (first) { if (first) first.focus(); });
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (i > 0 ? links[i - 1] : input).focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  /* ---------- Wiring ---------- */

  var timer = 0;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  input.addEventListener('input', later);
  tagSelect.addEventListener('change', search);
  yearSelect.addEventListener('change', search);
  entitySelect.addEventListener('change', search);
  more.addEventListener('click', function () {
    // keyboard users continue where the new results start
    showMore(generation).then(function (first) { if (first) first.focus(); });
  });

  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  if (params.get('tag')) tagSelect.value = termOption(params.get('tag'));
  if (params.get('year')) yearSelect.value = params.get('year');
  if (params.get('entity')) entitySelect.value = params.get('entity');
  form.hidden = false;
  status.textContent = message('loading', []);
  load('index').then(function (data) {
    manifest = data;
    english = data.analysis !== 'plain';
    status.textContent = '';
    form.setAttribute('data-ready', 'true');
    if (input.value || tagSelect.value || yearSelect.value || entitySelect.value) search();
  }).catch(failed);
})();
