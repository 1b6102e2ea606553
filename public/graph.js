// The graph view: draws `neighborhood` and `path` results of the public GraphQL API with Cytoscape.js.
// Plain browser JS (no build step); `cytoscape` is the global from /vendor/cytoscape.min.js. Every request is a
// same-origin POST to /graphql, so the view needs nothing the API does not already offer.
(function () {
  'use strict';

  /**
   * @typedef {{ id: string, type: string, label: string, properties: Record<string, unknown> | null }} GNode
   * @typedef {{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> | null }} GEdge
   * @typedef {{ nodes: GNode[], edges: GEdge[] }} GraphView
   */

  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';
  // Above this many elements the view trades animation and edge labels for speed.
  var LARGE = 250;

  // One colour (and shape, for readers who cannot tell the colours apart) per node type of docs/graph-model.md.
  /** @type {Record<string, { color: string, shape: string, zh: string }>} */
  var TYPES = {
    Document: { color: '#1f3a93', shape: 'rectangle', zh: '文件' },
    Section: { color: '#7f8c8d', shape: 'rectangle', zh: '章节' },
    Measure: { color: '#e67e22', shape: 'ellipse', zh: '措施' },
    Item: { color: '#f0b27a', shape: 'ellipse', zh: '条目' },
    Guarantee: { color: '#b9770e', shape: 'ellipse', zh: '保障措施' },
    Unit: { color: '#2e86c1', shape: 'round-rectangle', zh: '单位' },
    Alias: { color: '#aed6f1', shape: 'round-rectangle', zh: '简称' },
    Jurisdiction: { color: '#27ae60', shape: 'hexagon', zh: '行政区' },
    FunctionalLine: { color: '#8e44ad', shape: 'diamond', zh: '条线' },
    Platform: { color: '#c0392b', shape: 'round-triangle', zh: '平台' },
    Zone: { color: '#16a085', shape: 'round-pentagon', zh: '园区' },
    Policy: { color: '#5d6d7e', shape: 'tag', zh: '政策' },
    Mechanism: { color: '#d35400', shape: 'star', zh: '机制' },
    Target: { color: '#f1c40f', shape: 'triangle', zh: '目标' },
  };
  var FALLBACK = ['#34495e', '#9b59b6', '#1abc9c', '#e74c3c', '#95a5a6'];

  /** @param {string} type */
  function typeStyle(type) {
    var known = TYPES[type];
    if (known) return known;
    var sum = 0;
    for (var i = 0; i < type.length; i += 1) sum += type.charCodeAt(i);
    return { color: FALLBACK[sum % FALLBACK.length], shape: 'ellipse', zh: '' };
  }

  /** @param {string} label */
  function shortLabel(label) {
    var s = String(label || '');
    return s.length > 28 ? s.slice(0, 27) + '…' : s;
  }

  var GRAPH_FIELDS = 'nodes { id type label properties } edges { id type source target properties }';

  var statusEl = /** @type {HTMLElement} */ (document.getElementById('status'));
  var panel = /** @type {HTMLElement} */ (document.getElementById('panel'));
  var legendEl = /** @type {HTMLElement} */ (document.getElementById('legend'));
  var depthEl = /** @type {HTMLSelectElement} */ (document.getElementById('depth'));

  /**
   * @param {string} msg
   * @param {boolean} [isError]
   */
  function status(msg, isError) {
    statusEl.textContent = msg;
    statusEl.className = isError ? 'status error' : 'status';
  }

  /**
   * One GraphQL request; a GraphQL error becomes an Error carrying its code (NOT_FOUND, BAD_USER_INPUT, …).
   * @param {string} query
   * @param {Record<string, unknown>} variables
   * @returns {Promise<Record<string, unknown>>}
   */
  function gql(query, variables) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables }),
    })
      .then(function (res) {
        return res.json();
      })
      .then(function (body) {
        if (body.errors && body.errors.length > 0) {
          var e = body.errors[0];
          var err = new Error(e.message);
          err.code = e.extensions && e.extensions.code;
          throw err;
        }
        return body.data || {};
      });
  }

  /** @param {unknown} p */
  function props(p) {
    if (typeof p === 'string') {
      try {
        return JSON.parse(p);
      } catch {
        return { value: p };
      }
    }
    return p && typeof p === 'object' ? p : {};
  }

  var cy = cytoscape({
    container: document.getElementById('cy'),
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          shape: 'data(shape)',
          label: 'data(short)',
          'font-family': FONT,
          'font-size': 12,
          color: '#1f2328',
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
          'min-zoomed-font-size': 7,
          width: 26,
          height: 26,
          'border-width': 1,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node[type = "Unit"]', style: { width: 34, height: 24 } },
      { selector: 'node[type = "Document"]', style: { width: 36, height: 28 } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111', 'font-weight': 'bold', 'font-size': 14 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f39c12' } },
      { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#555' } },
      {
        selector: 'edge',
        style: {
          width: 1.2,
          'line-color': '#aab4be',
          'target-arrow-color': '#aab4be',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-family': FONT,
          'font-size': 8,
          color: '#6e7781',
          'text-rotation': 'autorotate',
          'min-zoomed-font-size': 9,
        },
      },
      { selector: 'edge[type = "COUNTERPART"]', style: { 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad', width: 2, 'line-style': 'dashed' } },
      { selector: 'edge[type = "RESPONSIBLE_FOR"]', style: { 'line-color': '#e59866', 'target-arrow-color': '#e59866' } },
      { selector: 'edge.path', style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', width: 3 } },
      { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#d62728' } },
      // Edge labels cost the most to draw; a large graph drops them (the side panel still names them).
      { selector: 'edge.nolabel', style: { label: '' } },
    ],
  });

  /** Adds nodes and edges not yet drawn; returns the ids of the new nodes. @param {GraphView} view */
  function merge(view, near) {
    var added = [];
    var anchor = near ? cy.getElementById(near) : null;
    var base = anchor && anchor.nonempty() ? anchor.position() : { x: cy.width() / 2, y: cy.height() / 2 };
    var fresh = (view.nodes || []).filter(function (n) {
      return cy.getElementById(n.id).empty();
    });
    cy.batch(function () {
      fresh.forEach(function (n, i) {
        var t = typeStyle(n.type);
        // New nodes start on a small circle around the node they came from, so the layout moves them little.
        var angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
        cy.add({
          group: 'nodes',
          data: { id: n.id, type: n.type, label: n.label, short: shortLabel(n.label), color: t.color, shape: t.shape, props: props(n.properties) },
          position: { x: base.x + 90 * Math.cos(angle), y: base.y + 90 * Math.sin(angle) },
        });
        added.push(n.id);
      });
      (view.edges || []).forEach(function (e) {
        if (cy.getElementById(e.id).nonempty()) return;
        if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) return;
        cy.add({ group: 'edges', data: { id: e.id, type: e.type, source: e.source, target: e.target, props: props(e.properties) } });
      });
    });
    var large = cy.elements().length > LARGE;
    cy.edges().toggleClass('nolabel', large);
    renderLegend();
    return added;
  }

  var layoutRunning = null;
  // False while a layout moves nodes; tests (and anything that clicks at a node's position) wait for true.
  var settled = true;
  function layout(randomize) {
    if (layoutRunning) layoutRunning.stop();
    settled = false;
    var n = cy.nodes().length;
    var large = n > LARGE / 2;
    // cose is readable up to a few hundred nodes when it does not animate; animation only for small graphs.
    layoutRunning = cy.layout({
      name: 'cose',
      animate: !large,
      animationDuration: 400,
      randomize: !!randomize,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      numIter: large ? 600 : 1000,
      idealEdgeLength: function () {
        return large ? 60 : 90;
      },
      nodeRepulsion: function () {
        return large ? 6000 : 9000;
      },
    });
    // A small graph fitted to the window gets huge labels; cap the zoom so text stays at reading size.
    layoutRunning.one('layoutstop', function () {
      if (cy.zoom() > 1.4) {
        cy.zoom(1.4);
        cy.center();
      }
      settled = true;
    });
    layoutRunning.run();
  }

  function renderLegend() {
    var present = {};
    cy.nodes().forEach(function (n) {
      present[n.data('type')] = (present[n.data('type')] || 0) + 1;
    });
    var types = Object.keys(present).sort();
    legendEl.innerHTML = '';
    if (types.length === 0) {
      legendEl.style.display = 'none';
      return;
    }
    legendEl.style.display = '';
    var ul = document.createElement('ul');
    types.forEach(function (t) {
      var s = typeStyle(t);
      var li = document.createElement('li');
      li.setAttribute('data-type', t);
      var sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = s.color;
      li.appendChild(sw);
      li.appendChild(document.createTextNode((s.zh ? s.zh + ' ' : '') + t + ' (' + present[t] + ')'));
      ul.appendChild(li);
    });
    legendEl.appendChild(ul);
  }

  /**
   * Fetches a node's neighbourhood and merges it into the picture.
   * @param {string} id
   * @param {{ focus?: boolean }} [opts]
   */
  function expand(id, opts) {
    var depth = Number(depthEl.value) || 1;
    status('载入 Loading ' + id + '…');
    return gql('query Neighborhood($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { ' + GRAPH_FIELDS + ' } }', { id: id, depth: depth })
      .then(function (data) {
        var view = /** @type {GraphView} */ (data.neighborhood);
        var added = merge(view, id);
        var node = cy.getElementById(id);
        node.addClass('expanded');
        layout(false);
        status(cy.nodes().length + ' nodes · ' + cy.edges().length + ' edges' + (added.length ? ' (+' + added.length + ')' : ''));
        if (opts && opts.focus && node.nonempty()) {
          cy.nodes().removeClass('focus');
          node.addClass('focus');
          cy.$(':selected').unselect();
          node.select();
          showDetails(node);
        }
        return node;
      })
      .catch(function (e) {
        status((e.code ? e.code + ': ' : '') + e.message, true);
      });
  }

  // --- Details panel -------------------------------------------------------------------------------------------

  /** @param {string} tag @param {string} [text] @param {string} [cls] */
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  /** @param {unknown} v */
  function show(v) {
    if (v === null || v === undefined || v === '') return '—';
    if (Array.isArray(v)) return v.join('、');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  }

  var PROPERTY_NAMES = {
    name: '名称 name',
    aliases: '写法 aliases',
    jurisdiction: '行政区 jurisdiction',
    functionalLine: '条线 line',
    kind: '类别 kind',
    officialName: '全称 official name',
    docNumber: '文号 number',
    number: '编号 number',
    title: '标题 title',
    level: '层级 level',
    subtype: '类型 subtype',
  };
  // Long or internal properties the panel shows elsewhere (text, excerpt) or not at all (offsets, hashes).
  var HIDDEN = { text: 1, source: 1, sha256: 1, preamble: 1, id: 1 };

  /** @param {Record<string, unknown>} p */
  function propertyList(p) {
    var dl = el('dl');
    Object.keys(p)
      .filter(function (k) {
        return !HIDDEN[k];
      })
      .sort(function (a, b) {
        return (PROPERTY_NAMES[a] ? 0 : 1) - (PROPERTY_NAMES[b] ? 0 : 1) || a.localeCompare(b);
      })
      .forEach(function (k) {
        dl.appendChild(el('dt', PROPERTY_NAMES[k] || k));
        dl.appendChild(el('dd', show(p[k])));
      });
    return dl;
  }

  // The last search's hit list stays at the foot of the panel while the analyst looks at one hit after another.
  var hitsBlock = null;

  var MEASURE_QUERY =
    'query Measure($id: ID!) { measure(id: $id) { id number title text source { start end excerpt } ' +
    'responsibilities { asWritten unit { name } jurisdiction } } }';

  function isMeasureLike(type) {
    return type === 'Measure' || type === 'Item' || type === 'Guarantee';
  }

  /** @param {import('cytoscape').NodeSingular} node */
  function showDetails(node) {
    var d = node.data();
    var t = typeStyle(d.type);
    panel.innerHTML = '';
    var tag = el('span', (t.zh ? t.zh + ' · ' : '') + d.type, 'type-tag');
    tag.style.background = t.color;
    panel.appendChild(tag);
    panel.appendChild(el('h2', d.label, 'node-title'));
    panel.appendChild(el('div', d.id, 'id'));
    var p = d.props || {};
    if (d.type === 'Unit') {
      panel.appendChild(el('h3', '单位 Unit'));
      panel.appendChild(
        propertyList({
          name: p.name || d.label,
          aliases: p.aliases,
          jurisdiction: p.jurisdiction,
          functionalLine: p.functionalLine,
          kind: p.kind,
          officialName: p.officialName,
        }),
      );
    } else {
      panel.appendChild(el('h3', '属性 Properties'));
      panel.appendChild(propertyList(p));
    }
    if (typeof p.text === 'string' && !isMeasureLike(d.type)) {
      panel.appendChild(el('h3', '原文 Text'));
      panel.appendChild(el('blockquote', p.text));
    }
    var degree = node.connectedEdges().length;
    panel.appendChild(el('h3', '关系 Links'));
    panel.appendChild(el('p', degree + ' edges drawn', 'pg-muted'));
    var actions = el('div', undefined, 'actions');
    var more = el('button', '展开 Expand');
    more.type = 'button';
    more.addEventListener('click', function () {
      expand(d.id);
    });
    actions.appendChild(more);
    var link = el('a', '单独查看 Open alone');
    link.href = '/graph?focus=' + encodeURIComponent(d.id);
    actions.appendChild(link);
    panel.appendChild(actions);
    if (hitsBlock) panel.appendChild(hitsBlock);

    if (isMeasureLike(d.type)) {
      var holder = el('div', '载入原文 Loading the text…', 'pg-muted');
      panel.insertBefore(holder, panel.querySelector('h3'));
      gql(MEASURE_QUERY, { id: d.id })
        .then(function (data) {
          var m = data.measure;
          holder.className = 'measure-details';
          holder.textContent = '';
          if (!m) {
            holder.textContent = '—';
            return;
          }
          holder.appendChild(el('h3', '措施 Measure ' + (m.number || '')));
          if (m.title) holder.appendChild(el('p', m.title, 'measure-title'));
          if (m.text) {
            holder.appendChild(el('h3', '原文 Text'));
            holder.appendChild(el('blockquote', m.text, 'measure-text'));
          }
          if (m.source) {
            // The excerpt is the notice's own passage; shown again only when it differs from the parsed text
            // (a PDF line break, an attachment row's number), otherwise the offsets are enough.
            var same = !m.source.excerpt || m.source.excerpt === m.text;
            holder.appendChild(el('h3', '出处 Source [' + m.source.start + '–' + m.source.end + ']' + (same ? ' · 与原文相同 same as the text' : '')));
            if (!same) holder.appendChild(el('blockquote', m.source.excerpt, 'source-excerpt'));
          }
          if (m.responsibilities && m.responsibilities.length) {
            holder.appendChild(el('h3', '责任单位 Responsible units'));
            var ul = el('ul');
            m.responsibilities.forEach(function (r) {
              var name = r.unit ? r.unit.name : r.asWritten;
              ul.appendChild(el('li', r.asWritten + (name && name !== r.asWritten ? ' → ' + name : '') + (r.jurisdiction ? '（' + r.jurisdiction + '）' : '')));
            });
            holder.appendChild(ul);
          }
        })
        .catch(function (e) {
          holder.className = 'pg-muted';
          holder.textContent = (e.code ? e.code + ': ' : '') + e.message;
        });
    }
  }

  // --- Find, path, toolbar ---------------------------------------------------------------------------------------

  var ID_PREFIX = /^(doc|unit|alias|jur|line|platform|zone|policy|mechanism|target):/;

  /** A unit by any written form, else the measures whose text matches. @param {string} q */
  function find(q) {
    q = q.trim();
    if (!q) return Promise.resolve();
    if (ID_PREFIX.test(q)) return expand(q, { focus: true });
    status('查找 Finding ' + q + '…');
    return gql('query FindUnit($name: String!) { unit(name: $name) { name } }', { name: q })
      .then(function (data) {
        if (data.unit && data.unit.name) return expand('unit:' + data.unit.name, { focus: true });
        return searchMeasures(q);
      })
      .catch(function (e) {
        // NOT_FOUND for an unknown unit name is the ordinary way to say "not a unit": try the measures.
        if (e.code === 'NOT_FOUND' || e.code === 'BAD_USER_INPUT') return searchMeasures(q);
        status((e.code ? e.code + ': ' : '') + e.message, true);
        return undefined;
      });
  }

  /** @param {string} q */
  function searchMeasures(q) {
    return gql('query Search($text: String!, $first: Int) { search(text: $text, first: $first) { measure { id number title } score snippet } }', { text: q, first: 20 }).then(function (data) {
      var hits = data.search || [];
      if (hits.length === 0) {
        status('没有找到 Nothing found for ' + q, true);
        return undefined;
      }
      hitsBlock = el('section', undefined, 'search-hits');
      hitsBlock.appendChild(el('h3', '检索 Search: ' + q + ' · ' + hits.length + ' measures'));
      var ul = el('ul', undefined, 'hits');
      hits.forEach(function (h) {
        var li = el('li');
        var b = el('button');
        b.type = 'button';
        b.appendChild(el('strong', (h.measure.number || '') + ' ' + (h.measure.title || '')));
        if (h.snippet) b.appendChild(el('div', h.snippet, 'pg-muted'));
        b.addEventListener('click', function () {
          expand(h.measure.id, { focus: true });
        });
        li.appendChild(b);
        ul.appendChild(li);
      });
      hitsBlock.appendChild(ul);
      status(hits.length + ' hits');
      return expand(hits[0].measure.id, { focus: true });
    });
  }

  /** @param {string} from @param {string} to */
  function showPath(from, to) {
    status('路径 Path ' + from + ' → ' + to + '…');
    return gql('query Path($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) { ' + GRAPH_FIELDS + ' } }', { from: from, to: to, maxHops: 6 })
      .then(function (data) {
        var view = data.path;
        if (!view || !view.nodes || view.nodes.length === 0) {
          status('没有路径 No path between ' + from + ' and ' + to, true);
          return;
        }
        merge(view, null);
        cy.elements().removeClass('path');
        view.nodes.forEach(function (n) {
          cy.getElementById(n.id).addClass('path');
        });
        view.edges.forEach(function (e) {
          cy.getElementById(e.id).addClass('path');
        });
        layout(false);
        status('Path: ' + view.nodes.length + ' nodes, ' + view.edges.length + ' edges');
      })
      .catch(function (e) {
        status((e.code ? e.code + ': ' : '') + e.message, true);
      });
  }

  function exportPng() {
    var blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = 'policy-graph.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  }

  cy.on('tap', 'node', function (evt) {
    var node = evt.target;
    showDetails(node);
    if (!node.hasClass('expanded')) expand(node.id());
  });

  document.getElementById('find-form').addEventListener('submit', function (e) {
    e.preventDefault();
    find(/** @type {HTMLInputElement} */ (document.getElementById('find')).value);
  });
  document.getElementById('path-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var from = /** @type {HTMLInputElement} */ (document.getElementById('path-from')).value.trim();
    var to = /** @type {HTMLInputElement} */ (document.getElementById('path-to')).value.trim();
    if (from && to) showPath(from, to);
  });
  document.getElementById('fit').addEventListener('click', function () {
    cy.fit(undefined, 30);
  });
  document.getElementById('relayout').addEventListener('click', function () {
    layout(true);
  });
  document.getElementById('clear').addEventListener('click', function () {
    cy.elements().remove();
    hitsBlock = null;
    renderLegend();
    status('');
  });
  document.getElementById('png').addEventListener('click', exportPng);

  // Tests and the console can reach the instance; nothing in the page depends on it.
  window.policyGraph = {
    cy: cy,
    expand: expand,
    find: find,
    showPath: showPath,
    settled: function () {
      return settled;
    },
  };

  var params = new URLSearchParams(window.location.search);
  if (params.get('from') && params.get('to')) {
    showPath(String(params.get('from')), String(params.get('to')));
  } else {
    find(params.get('focus') || 'unit:重庆海关');
  }
})();
