import { useEffect } from "react"

export function useOnline(onChange) {
  useEffect(() => {
    window.addEventListener("online", () => onChange(true))
    window.addEventListener("offline", () => onChange(false))
  }, [onChange])
}
