import axios from 'axios';

export async function fetchDataset(url: string, onProgress: (loaded: number) => void) {
  const response = await axios.get(url, {
    onDownloadProgress: (event) => onProgress(event.loaded),
  });
  return response.data;
}
