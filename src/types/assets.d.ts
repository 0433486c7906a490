// Grid fixture files are bundled as plain text (webpack asset/source).
declare module '*.grid' {
  const text: string;
  export default text;
}
