// Hands a file to the browser's downloads, as a click on a link would.

export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file picked by the user, as base64 (for the CSV import), reporting how much of it was read. */
export function readFileBase64(file: File, onProgress: (share: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.onload = () => {
      onProgress(1);
      // A data URL: "data:<type>;base64,<bytes>".
      resolve(String(reader.result).split(',', 2)[1] ?? '');
    };
    reader.readAsDataURL(file);
  });
}
