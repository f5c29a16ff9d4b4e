// Starts nhsuk-frontend's components on every page (the header's "More" menu, the error summary's
// focus, buttons). nhsuk-frontend's script is an ES module; PrimeFaces, which moves every script to
// the end of the page and gives it the CSP nonce, does not keep type="module", so this plain script
// imports the module instead. Only browsers with modules get the "supported" class, under which
// nhsuk-frontend's CSS shows its scripted parts.
(function () {
    if (!('noModule' in HTMLScriptElement.prototype)) {
        return;
    }
    document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
    import('../nhsuk-frontend/nhsuk-frontend.min.js').then(function (nhsuk) {
        nhsuk.initAll();
    });
}());
