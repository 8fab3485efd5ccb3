// GraphiQL against this server's GraphQL endpoint (?path=, as Spring for GraphQL's page).
// Headers (a bearer token) are not kept in the browser's storage.
(function () {
  var params = new URLSearchParams(window.location.search);
  var path = params.get('path') || '/graphql';
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + path });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  }));
})();
