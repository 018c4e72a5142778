// Lists every service whose OpenAPI document exists, and signs in with Keycloak (authorisation code + PKCE).
fetch('/api-docs/services.json')
  .then((response) => response.json())
  .then((config) => {
    if (config.urls.length === 0) {
      document.getElementById('swagger-ui').textContent = 'No service has published its API document yet.';
      return;
    }
    const ui = SwaggerUIBundle({
      urls: config.urls,
      dom_id: '#swagger-ui',
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: 'StandaloneLayout',
      oauth2RedirectUrl: window.location.origin + '/openapi-ui/oauth2-redirect.html'
    });
    ui.initOAuth({ clientId: config.clientId, usePkceWithAuthorizationCodeGrant: true, scopes: 'openid' });
  });
