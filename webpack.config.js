// Builds the task pane; `npm start` serves it (outside Office it shows the demo page on the in-memory host).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const zlib = require('zlib');

// Microsoft's CDN by default; closed networks point the build at their own copy (see docs/deployment.md).
const OFFICE_JS_URL = process.env.OFFICE_JS_URL || 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
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
  devtool: argv.mode === 'production' ? 'source-map' : 'eval-cheap-module-source-map',
  entry: { taskpane: './src/taskpane/index.tsx' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      // transpileOnly: type errors are `npm run typecheck`'s job; the build only strips types.
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
      { test: /\.grid$/, type: 'asset/source' },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: './src/taskpane/taskpane.html',
      filename: 'taskpane.html',
      chunks: ['taskpane'],
      officeJsUrl: OFFICE_JS_URL,
    }),
    new HtmlWebpackPlugin({ template: './src/taskpane/demo.html', filename: 'demo.html', chunks: ['taskpane'] }),
    // Only the minified production build is what users download; the dev server's bundle is not measured.
    ...(argv.mode === 'production' ? [new InitialSizeReport()] : []),
    new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }] }),
  ],
  devServer: {
    port: 3000,
    open: '/demo.html',
    static: false,
    client: { overlay: true },
  },
  performance: { hints: false },
});
