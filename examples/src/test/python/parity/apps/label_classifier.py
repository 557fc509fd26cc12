"""Parity twin of gradio4j's parity.LabelClassifier: a Label with num_top_classes (Gradio's image_classifier, on text)."""
import gradio as gr

TOPICS = {
    "weather": (["rain", "sun", "cloud", "wind"], 0.5),
    "food": (["bread", "soup", "apple", "cheese"], 0.4),
    "sport": (["ball", "goal", "race", "team"], 0.3),
    "music": (["song", "drum", "piano", "band"], 0.2),
    "travel": (["train", "map", "road", "hotel"], 0.1),
}


def classify(sentence):
    words = sentence.lower().split()
    scores = {topic: sum(words.count(k) for k in keys) + prior for topic, (keys, prior) in TOPICS.items()}
    total = sum(scores.values())
    return {topic: score / total for topic, score in scores.items()}


demo = gr.Interface(
    classify,
    gr.Textbox(label="sentence"),
    gr.Label(num_top_classes=3, label="topic"),
    flagging_mode="never",
)

CALLS = [
    {"api": "/classify", "args": ["the team lost the ball in the rain"]},
    {"api": "/classify", "args": ["soup and bread and cheese"]},
]
