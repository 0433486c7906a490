// Builds the task pane; `npm start` serves it (outside Office it shows the demo page on the in-memory host).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const zlib = require('zlib');

const { officeJs, contentSecurityPolicy } = require('./scripts/pane-security');
const { orgSettings } = require('./scripts/org-settings');

const OFFICE_JS = officeJs(process.env);
const ORG_SETTINGS = orgSettings(process.env);
const INITIAL_BUDGET_GZIP = 300 * 1024;

/** Prints the task pane's initial JavaScript (what loads before the first screen), gzipped, against the budget. */
class InitialSizeReport {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InitialSizeReport', (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT; // after minification
      compilation.hooks.processAssets.tap({ name: 'InitialSizeReport', stage }, (assets) => {
        const files = [...compilation.entrypoints.get('taskpane').getFiles()].filter((f) => f.endsWith('.js'));
        const bytes = files.reduce((sum, f) => sum + zlib.gzipSync(assets[f].source(), { level: 9 }).length, 0);
        const line = `task pane initial JavaScript: ${(bytes / 1024).toFixed(1)} KB gzipped (${files.join(', ')}); budget ${INITIAL_BUDGET_GZIP / 1024} KB`;
        if (bytes > INITIAL_BUDGET_GZIP) compilation.errors.push(new compiler.webpack.WebpackError(line));
        else console.log(line);
      });
    });
  }
}

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'development',
  // WebView2 and current browsers only (IE11 gets browser-check.js); es2020 also lets webpack use globalThis
  // instead of its `new Function('return this')` fallback, which the CSP would refuse.
  target: ['web', 'es2020'],
  // No eval-based source maps even in development: the CSP forbids eval in every build.
  devtool: argv.mode === 'production' ? 'source-map' : 'cheap-module-source-map',
  entry: { taskpane: './src/taskpane/index.tsx' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      // transpileOnly: type errors are `npm run typecheck`'s job; the build only strips types.
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
      { test: /\.grid$/, type: 'asset/source' },
      {
        test: /[\\/]zod[\\/]v4[\\/]core[\\/][^\\/]+\.js$/,
        loader: path.resolve(__dirname, 'scripts/no-eval-loader.js'),
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: './src/taskpane/taskpane.html',
      filename: 'taskpane.html',
      chunks: ['taskpane'],
      officeJsUrl: OFFICE_JS.url,
      orgSettings: ORG_SETTINGS?.file ?? null,
      csp: contentSecurityPolicy(OFFICE_JS.origin),
      // A module script: IE11 never loads it (no syntax-error dialog), browser-check.js speaks instead.
      scriptLoading: 'module',
    }),
    new HtmlWebpackPlugin({
      template: './src/taskpane/demo.html',
      filename: 'demo.html',
      chunks: ['taskpane'],
      scriptLoading: 'module',
      orgSettings: ORG_SETTINGS?.file ?? null,
      csp: contentSecurityPolicy(null),
    }),
    // Only the minified production build is what users download; the dev server's bundle is not measured.
    ...(argv.mode === 'production' ? [new InitialSizeReport()] : []),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets' },
        { from: 'src/taskpane/browser-check.js', to: 'browser-check.js' },
        ...(ORG_SETTINGS?.files ?? []),
        // The whole package: office.js loads its host- and locale-specific files from beside itself.
        ...(OFFICE_JS.selfHosted
          ? [
              {
                from: 'node_modules/@microsoft/office-js/dist',
                to: 'office-js',
                globOptions: { ignore: ['**/*.debug.js'] },
              },
            ]
          : []),
      ],
    }),
  ],
  devServer: {
    port: 3000,
    open: '/demo.html',
    static: false,
    client: { overlay: true },
  },
  performance: { hints: false },
});
