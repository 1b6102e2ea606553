// The GraphQL IDE: GraphiQL 3's UMD build, mounted with the saved example operations as its tabs and an
// "Examples · 示例" panel. Plain browser JS (no build step); React, ReactDOM and GraphiQL are globals from /vendor.
(function () {
  'use strict';

  var h = React.createElement;
  /** @type {Array<{ key: string, zh: string, en: string, query: string, variables: Record<string, unknown> }>} */
  var examples = window.PolicyGraphExamples || [];

  /** @param {Record<string, unknown>} v */
  function json(v) {
    return JSON.stringify(v, null, 2);
  }

  // Same-origin fetcher: relative URL, so the IDE talks to whichever server served it and nothing else.
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });

  function ExamplesIcon() {
    return h('span', { className: 'pg-examples-icon', 'aria-hidden': 'true' }, '例');
  }

  // The panel lists every example; clicking one opens it in a new tab so the analyst's own tabs are never overwritten.
  function ExamplesPanel() {
    var editor = GraphiQL.React.useEditorContext({ nonNull: true });
    /** @param {{ query: string, variables: Record<string, unknown> }} ex */
    function open(ex) {
      var existing = editor.tabs.findIndex(function (t) {
        return t.query === ex.query;
      });
      if (existing >= 0) {
        editor.changeTab(existing);
        return;
      }
      editor.addTab();
      // addTab swaps the editors' content on the next render; write the example after it.
      setTimeout(function () {
        if (editor.queryEditor) editor.queryEditor.setValue(ex.query);
        if (editor.variableEditor) editor.variableEditor.setValue(json(ex.variables));
      }, 0);
    }
    return h(
      'div',
      { className: 'pg-examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples · 示例'),
      h('p', { className: 'pg-muted' }, '点击打开到新标签页，再按 ▶ 运行。Click to open in a new tab, then run ▶.'),
      h(
        'ul',
        null,
        examples.map(function (ex) {
          return h(
            'li',
            { key: ex.key },
            h(
              'button',
              { type: 'button', className: 'pg-example', 'data-example': ex.key, onClick: function () { open(ex); } },
              h('span', { className: 'pg-zh' }, ex.zh),
              h('span', { className: 'pg-en' }, ex.en),
            ),
          );
        }),
      ),
    );
  }

  var examplesPlugin = { title: 'Examples · 示例', icon: ExamplesIcon, content: ExamplesPanel };

  // ?example=<key> opens the IDE on that example (links from the README and the graph view use it).
  var params = new URLSearchParams(window.location.search);
  var wanted = examples.find(function (ex) {
    return ex.key === params.get('example');
  });

  var props = {
    fetcher: fetcher,
    plugins: [examplesPlugin],
    visiblePlugin: examplesPlugin,
    // The wanted example first: on a first visit GraphiQL puts the `query` prop into the first tab.
    defaultTabs: (wanted ? [wanted].concat(examples.filter(function (ex) { return ex !== wanted; })) : examples).map(function (ex) {
      return { query: ex.query, variables: json(ex.variables) };
    }),
    defaultQuery: examples.length > 0 ? examples[0].query : '{ documents { docNumber title } }\n',
    defaultEditorToolsVisibility: 'variables',
    shouldPersistHeaders: false,
  };
  // GraphiQL 3 fills the variables editor from its `variables` prop, not from defaultTabs, on first render: so a first
  // visit (no saved tabs yet) passes the first example explicitly, and ?example= its own; later visits keep the
  // analyst's saved tabs untouched.
  var firstVisit = !window.localStorage.getItem('graphiql:tabState');
  var opening = wanted || (firstVisit ? examples[0] : undefined);
  if (opening) {
    props.query = opening.query;
    props.variables = json(opening.variables);
  }

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(h(GraphiQL, props, h(GraphiQL.Logo, null, 'policy-graph')));
})();
